// End to end: schedule, lower, JIT and run the seed example; the sums are
// computed independently by utils/sched-run-reference.py (same PRNG).
// RUN: sched-run %examples/seed_add_sum_8x16.cpu.mlir > %t.out
// RUN: %python %utils/sched-run-reference.py > %t.ref
// RUN: diff %t.ref %t.out
// RUN: sched-run %examples/seed_add_sum_8x16.cpu.mlir --seed 7 > %t.out7
// RUN: %python %utils/sched-run-reference.py --seed 7 > %t.ref7
// RUN: diff %t.ref7 %t.out7
// RUN: FileCheck %s < %t.out
// RUN: sched-run %examples/seed_add_sum_8x16.cpu.mlir --unfused | FileCheck %s
// RUN: sched-run %examples/seed_add_sum_8x16.cpu.mlir --check-unfused | FileCheck %s --check-prefix=SAME

// CHECK: @seed_add_sum_8x16 buf0 f32[8] sum=13.40625 hash=98de863724e985ff first: 5.1875 5.734375 -5.59375 5.5625 3.703125 -5.171875 0.53125 3.453125
// SAME: checked 1 graphs, 1 outputs: 0 mismatched
