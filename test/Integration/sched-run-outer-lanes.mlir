// The outer-lane widths -convert-sched-to-scf chooses (outer-lanes=0: 128
// lanes for a column sum, 16 where a row is gathered a lane at a time) are
// bit-exact: the outputs equal those of 16 lanes everywhere, line for line.
// With --reassociate, a sum whose terms read in both orientations splits
// (64 lanes; SplitSum.h): --check-unfused compares it with its reference
// run (the serial, exact lowering) within a tolerance.
// RUN: sched-run %S/Inputs/outer-lanes.mlir | FileCheck %s
// RUN: sched-run --outer-lanes=16 %S/Inputs/outer-lanes.mlir | FileCheck %s
// RUN: sched-run --check-unfused --parallel %S/Inputs/outer-lanes.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --check-unfused --parallel --reassociate --tolerance 1e-5 %S/Inputs/outer-lanes.mlir | FileCheck %s --check-prefix=SAME
// RUN: sched-run --check-unfused --reassociate --tolerance 1e-5 %examples/transpose_add_sum.cpu.mlir | FileCheck %s --check-prefix=SAME1
// CHECK: @column_sum buf0 f32[128] sum=-433.984375 hash=b8e0257484efb887
// CHECK: @split_sum buf0 f32[128] sum=-372.4453125 hash=046732d76ac4887d
// CHECK: @split_three_terms buf0 f32[128] sum=-121.250244140625 hash=1cef97be8353585d
// CHECK: @mixed_term buf0 f32[128] sum=-408.033447265625 hash=934e0ce87412c43e
// SAME: checked 4 graphs, 4 outputs: 0 mismatched
// SAME1: checked 1 graphs, 1 outputs: 0 mismatched
