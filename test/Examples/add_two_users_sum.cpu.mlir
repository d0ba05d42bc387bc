// Checks that examples/add_two_users_sum.cpu.mlir parses, verifies and prints back
// op for op, line for line, directly and after a round trip.
// RUN: sched-opt %examples/add_two_users_sum.cpu.mlir | FileCheck %s
// RUN: sched-opt %examples/add_two_users_sum.cpu.mlir | sched-opt | FileCheck %s

// CHECK-DAG: ![[VEC:.+]] = !sched.buffer<[8], f32, strides = [1], device = "cpu">
// CHECK-DAG: ![[MAT:.+]] = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
// CHECK-LABEL: sched.graph @add_two_users_sum {
// CHECK-NEXT:     %[[ARG0_1:.+]] = sched.input "arg0_1" : ![[MAT]]
// CHECK-NEXT:     %[[ARG1_1:.+]] = sched.input "arg1_1" : ![[MAT]]
// CHECK-NEXT:     %[[BUF0:.+]] = sched.buffer "buf0" : ![[VEC]]
// CHECK-NEXT:     sched.node "op0" writes(%[[BUF0]] : ![[VEC]]) ranges [8] reduce [16] {
// CHECK-NEXT:       %[[LOAD:.+]] = sched.load %[[ARG0_1]][16*p0 + p1] : ![[MAT]]
// CHECK-NEXT:       %[[LOAD_1:.+]] = sched.load %[[ARG1_1]][16*p0 + p1] : ![[MAT]]
// CHECK-NEXT:       %[[ADD:.+]] = arith.addf %[[LOAD]], %[[LOAD_1]] : f32
// CHECK-NEXT:       %[[REDUCTION:.+]] = sched.reduction sum %[[ADD]] : f32 -> f32
// CHECK-NEXT:       sched.store_reduction %[[REDUCTION]], %[[BUF0]][p0] : ![[VEC]]
// CHECK-NEXT:     }
// CHECK-NEXT:     %[[BUF1:.+]] = sched.buffer "buf1" : ![[MAT]]
// CHECK-NEXT:     sched.node "op1" writes(%[[BUF1]] : ![[MAT]]) ranges [128] {
// CHECK-NEXT:       %[[LOAD:.+]] = sched.load %[[ARG0_1]][p0] : ![[MAT]]
// CHECK-NEXT:       %[[LOAD_1:.+]] = sched.load %[[ARG1_1]][p0] : ![[MAT]]
// CHECK-NEXT:       %[[ADD:.+]] = arith.addf %[[LOAD]], %[[LOAD_1]] : f32
// CHECK-NEXT:       %[[CONSTANT:.+]] = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:       %[[MUL:.+]] = arith.mulf %[[ADD]], %[[CONSTANT]] : f32
// CHECK-NEXT:       sched.store %[[MUL]], %[[BUF1]][p0] : ![[MAT]]
// CHECK-NEXT:     }
// CHECK-NEXT:     sched.output %[[BUF0]], %[[BUF1]] : ![[VEC]], ![[MAT]]
// CHECK-NEXT:   }
