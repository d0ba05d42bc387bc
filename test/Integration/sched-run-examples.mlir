// The fused schedule of every small CPU example computes what its unfused
// schedule computes, bit for bit (input_mutation fuses three nodes, one of
// them writing a graph input in place).
// RUN: sched-run %examples/seed_add_sum_8x16.cpu.mlir --check-unfused | FileCheck %s
// RUN: sched-run %examples/add_two_users_sum.cpu.mlir --check-unfused | FileCheck %s
// RUN: sched-run %examples/dead_value.cpu.mlir --check-unfused | FileCheck %s
// RUN: sched-run %examples/transpose_add_sum.cpu.mlir --check-unfused | FileCheck %s
// RUN: sched-run %examples/input_mutation.cpu.mlir --check-unfused | FileCheck %s
// The deliberately wrong lowering (fused members in reverse order) is caught.
// RUN: not sched-run %examples/input_mutation.cpu.mlir --check-unfused --test-reverse-fused-members | FileCheck %s --check-prefix=BROKEN

// CHECK: checked 1 graphs, {{[0-9]+}} outputs: 0 mismatched
// BROKEN: MISMATCH @input_mutation buf0
// BROKEN: checked 1 graphs, 2 outputs: 2 mismatched
