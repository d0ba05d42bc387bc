// transposed-tile-depth and outer-lanes are bit-exact: outer-vectorized
// reductions with a transposed operand give the gather lowering's outputs,
// line for line (the CHECK lines are the default lowering's), and
// --check-unfused compares them with its reference run, which keeps the
// defaults (gathers, 16 lanes).
// RUN: sched-run %S/Inputs/transposed-tiles.mlir | FileCheck %s
// RUN: sched-run --transposed-tile-depth=8 %S/Inputs/transposed-tiles.mlir | FileCheck %s
// RUN: sched-run --transposed-tile-depth=4 --outer-lanes=32 %S/Inputs/transposed-tiles.mlir | FileCheck %s
// RUN: sched-run --transposed-tile-depth=8 --outer-lanes=64 --check-unfused %S/Inputs/transposed-tiles.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --transposed-tile-depth=8 --outer-lanes=64 --check-unfused %examples/transpose_add_sum.cpu.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-opt %S/Inputs/transposed-tiles.mlir -sched-schedule -convert-sched-to-scf=transposed-tile-depth=8 | FileCheck %s --check-prefix=TILED
// CHECK: @add_transposed_sum buf0 f32[48] sum=-117.671875 hash=4e88a3cd5d187b38
// CHECK: @two_transposed buf0 f32[32] sum=113.313720703125 hash=4c673cdc3365d051
// CHECK: @two_transposed buf1 f32[32] sum=37.140625 hash=6cbdad08a767aecc
// SAME: 0 mismatched
// TILED-COUNT-2: {sched.transposed_tile = 8 : i64}
