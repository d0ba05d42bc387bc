// Checks that examples/transpose_add_sum.cuda.mlir parses, verifies and prints back
// op for op, line for line, directly and after a round trip.
// RUN: sched-opt %examples/transpose_add_sum.cuda.mlir | FileCheck %s
// RUN: sched-opt %examples/transpose_add_sum.cuda.mlir | sched-opt | FileCheck %s

// CHECK-DAG: ![[OUT:.+]] = !sched.buffer<[4096], f32, strides = [1], device = "cuda:0">
// CHECK-DAG: ![[PART:.+]] = !sched.buffer<[4096, 32], f32, strides = [32, 1], device = "cuda:0">
// CHECK-DAG: ![[IN:.+]] = !sched.buffer<[4096, 4096], f32, strides = [4096, 1], device = "cuda:0">
// CHECK-LABEL: sched.graph @transpose_add_sum {
// CHECK-NEXT:     %[[ARG0_1:.+]] = sched.input "arg0_1" : ![[IN]]
// CHECK-NEXT:     %[[ARG1_1:.+]] = sched.input "arg1_1" : ![[IN]]
// CHECK-NEXT:     %[[BUF0:.+]] = sched.buffer "buf0" : ![[PART]]
// CHECK-NEXT:     sched.node "op0" writes(%[[BUF0]] : ![[PART]]) ranges [4096, 32] reduce [128] {
// CHECK-NEXT:       %[[LOAD:.+]] = sched.load %[[ARG1_1]][p0 + 524288*p1 + 4096*p2] : ![[IN]]
// CHECK-NEXT:       %[[LOAD_1:.+]] = sched.load %[[ARG0_1]][4096*p0 + 128*p1 + p2] : ![[IN]]
// CHECK-NEXT:       %[[ADD:.+]] = arith.addf %[[LOAD]], %[[LOAD_1]] : f32
// CHECK-NEXT:       %[[REDUCTION:.+]] = sched.reduction sum %[[ADD]] : f32 -> f32
// CHECK-NEXT:       sched.store_reduction %[[REDUCTION]], %[[BUF0]][32*p0 + p1] : ![[PART]]
// CHECK-NEXT:     }
// CHECK-NEXT:     %[[BUF1:.+]] = sched.buffer "buf1" : ![[OUT]]
// CHECK-NEXT:     sched.node "op1" writes(%[[BUF1]] : ![[OUT]]) ranges [4096] reduce [32] {
// CHECK-NEXT:       %[[LOAD:.+]] = sched.load %[[BUF0]][32*p0 + p1] : ![[PART]]
// CHECK-NEXT:       %[[REDUCTION:.+]] = sched.reduction sum %[[LOAD]] : f32 -> f32
// CHECK-NEXT:       sched.store_reduction %[[REDUCTION]], %[[BUF1]][p0] : ![[OUT]]
// CHECK-NEXT:     }
// CHECK-NEXT:     sched.output %[[BUF1]] : ![[OUT]]
// CHECK-NEXT:   }
