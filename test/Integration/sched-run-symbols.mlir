// Graphs with size symbols run at their hints, or at --symbols values:
// sched-run schedules them symbolically (fusion reads the hints, as
// Inductor's does), then -sched-specialize-symbols gives the symbols values
// and the graph lowers as a static one.
//
// The fused schedule computes what the unfused one does, bit for bit, at
// the hints:
// RUN: sched-run --check-unfused %S/../corpus/sum_all_dyn.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --check-unfused %S/../corpus/layernorm_dyn.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --check-unfused %S/../corpus/mlp_clamp_dyn.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --check-unfused %S/../corpus/transformer_block_dyn.cpu.mlir | FileCheck %s --check-prefix=SAME
// and at other values:
// RUN: sched-run --check-unfused --symbols=s77=100 %S/../corpus/layernorm_dyn.cpu.mlir | FileCheck %s --check-prefix=SAME
// SAME: checked 1 graphs, {{[1-9][0-9]*}} outputs: 0 mismatched
//
// sum_all_dyn at s77 = 100 computes what the same graph written with 100
// does (Inputs/sum_all_100.mlir):
// RUN: sched-run --symbols=s77=100 %S/../corpus/sum_all_dyn.cpu.mlir | FileCheck %s --check-prefix=SUM
// RUN: sched-run %S/Inputs/sum_all_100.mlir | FileCheck %s --check-prefix=SUM
// SUM: @sum_all_dyn buf0 f32[] sum=-288.734375 hash=c1b17da169f14924
//
// The values are checked:
// RUN: not sched-run --symbols=s5=3 %S/../corpus/sum_all_dyn.cpu.mlir 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: -sched-specialize-symbols: the graph has no size symbol 's5'
