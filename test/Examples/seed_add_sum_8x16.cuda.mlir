// Checks that examples/seed_add_sum_8x16.cuda.mlir parses, verifies and prints back
// op for op, line for line, directly and after a round trip.
// RUN: sched-opt %examples/seed_add_sum_8x16.cuda.mlir | FileCheck %s
// RUN: sched-opt %examples/seed_add_sum_8x16.cuda.mlir | sched-opt | FileCheck %s

// CHECK-DAG: ![[OUT:.+]] = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
// CHECK-DAG: ![[IN:.+]] = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
// CHECK-LABEL: sched.graph @seed_add_sum_8x16 {
// CHECK-NEXT:     %[[ARG0_1:.+]] = sched.input "arg0_1" : ![[IN]]
// CHECK-NEXT:     %[[ARG1_1:.+]] = sched.input "arg1_1" : ![[IN]]
// CHECK-NEXT:     %[[BUF0:.+]] = sched.buffer "buf0" : ![[OUT]]
// CHECK-NEXT:     sched.node "op0" writes(%[[BUF0]] : ![[OUT]]) ranges [8] reduce [16] {
// CHECK-NEXT:       %[[LOAD:.+]] = sched.load %[[ARG0_1]][16*p0 + p1] : ![[IN]]
// CHECK-NEXT:       %[[LOAD_1:.+]] = sched.load %[[ARG1_1]][16*p0 + p1] : ![[IN]]
// CHECK-NEXT:       %[[ADD:.+]] = arith.addf %[[LOAD]], %[[LOAD_1]] : f32
// CHECK-NEXT:       %[[REDUCTION:.+]] = sched.reduction sum %[[ADD]] : f32 -> f32
// CHECK-NEXT:       sched.store_reduction %[[REDUCTION]], %[[BUF0]][p0] : ![[OUT]]
// CHECK-NEXT:     }
// CHECK-NEXT:     sched.output %[[BUF0]] : ![[OUT]]
// CHECK-NEXT:   }
