// Checks that examples/dead_value.cuda.mlir parses, verifies and prints back
// op for op, line for line, directly and after a round trip.
// RUN: sched-opt %examples/dead_value.cuda.mlir | FileCheck %s
// RUN: sched-opt %examples/dead_value.cuda.mlir | sched-opt | FileCheck %s

// CHECK-DAG: ![[T:.+]] = !sched.buffer<[1024, 1024], f32, strides = [1024, 1], device = "cuda:0">
// CHECK-LABEL: sched.graph @dead_value {
// CHECK-NEXT:     %[[ARG0_1:.+]] = sched.input "arg0_1" : ![[T]]
// CHECK-NEXT:     %[[BUF0:.+]] = sched.buffer "buf0" : ![[T]]
// CHECK-NEXT:     sched.node "op0" writes(%[[BUF0]] : ![[T]]) ranges [1024, 1024] {
// CHECK-NEXT:       %[[LOAD:.+]] = sched.load %[[ARG0_1]][1024*p0 + p1] : ![[T]]
// CHECK-NEXT:       %[[CONSTANT:.+]] = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:       %[[MUL:.+]] = arith.mulf %[[LOAD]], %[[CONSTANT]] : f32
// CHECK-NEXT:       %[[CONSTANT_1:.+]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:       %[[ADD:.+]] = arith.addf %[[MUL]], %[[CONSTANT_1]] : f32
// CHECK-NEXT:       sched.store %[[ADD]], %[[BUF0]][1024*p0 + p1] : ![[T]]
// CHECK-NEXT:     }
// CHECK-NEXT:     sched.output %[[BUF0]] : ![[T]]
// CHECK-NEXT:   }
