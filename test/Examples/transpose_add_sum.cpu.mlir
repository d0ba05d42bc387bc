// Checks that examples/transpose_add_sum.cpu.mlir parses, verifies and prints back
// op for op, line for line, directly and after a round trip.
// RUN: sched-opt %examples/transpose_add_sum.cpu.mlir | FileCheck %s
// RUN: sched-opt %examples/transpose_add_sum.cpu.mlir | sched-opt | FileCheck %s

// CHECK-DAG: ![[OUT:.+]] = !sched.buffer<[4096], f32, strides = [1], device = "cpu">
// CHECK-DAG: ![[IN:.+]] = !sched.buffer<[4096, 4096], f32, strides = [4096, 1], device = "cpu">
// CHECK-LABEL: sched.graph @transpose_add_sum {
// CHECK-NEXT:     %[[ARG0_1:.+]] = sched.input "arg0_1" : ![[IN]]
// CHECK-NEXT:     %[[ARG1_1:.+]] = sched.input "arg1_1" : ![[IN]]
// CHECK-NEXT:     %[[BUF0:.+]] = sched.buffer "buf0" : ![[OUT]]
// CHECK-NEXT:     sched.node "op0" writes(%[[BUF0]] : ![[OUT]]) ranges [4096] reduce [4096] {
// CHECK-NEXT:       %[[LOAD:.+]] = sched.load %[[ARG1_1]][p0 + 4096*p1] : ![[IN]]
// CHECK-NEXT:       %[[LOAD_1:.+]] = sched.load %[[ARG0_1]][4096*p0 + p1] : ![[IN]]
// CHECK-NEXT:       %[[ADD:.+]] = arith.addf %[[LOAD]], %[[LOAD_1]] : f32
// CHECK-NEXT:       %[[REDUCTION:.+]] = sched.reduction sum %[[ADD]] : f32 -> f32
// CHECK-NEXT:       sched.store_reduction %[[REDUCTION]], %[[BUF0]][p0] : ![[OUT]]
// CHECK-NEXT:     }
// CHECK-NEXT:     sched.output %[[BUF0]] : ![[OUT]]
// CHECK-NEXT:   }
