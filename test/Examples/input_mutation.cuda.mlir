// Checks that examples/input_mutation.cuda.mlir parses, verifies and prints back
// op for op, line for line, directly and after a round trip.
// RUN: sched-opt %examples/input_mutation.cuda.mlir | FileCheck %s
// RUN: sched-opt %examples/input_mutation.cuda.mlir | sched-opt | FileCheck %s

// CHECK-DAG: ![[T:.+]] = !sched.buffer<[8192, 4096], f32, strides = [4096, 1], device = "cuda:0">
// CHECK-LABEL: sched.graph @input_mutation {
// CHECK-NEXT:     %[[ARG0_1:.+]] = sched.input "arg0_1" : ![[T]]
// CHECK-NEXT:     %[[ARG1_1:.+]] = sched.input "arg1_1" : ![[T]]
// CHECK-NEXT:     %[[BUF0:.+]] = sched.buffer "buf0" : ![[T]]
// CHECK-NEXT:     sched.node "op0" writes(%[[BUF0]] : ![[T]]) ranges [8192, 4096] {
// CHECK-NEXT:       %[[LOAD:.+]] = sched.load %[[ARG0_1]][4096*p0 + p1] : ![[T]]
// CHECK-NEXT:       %[[CONSTANT:.+]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:       %[[ADD:.+]] = arith.addf %[[LOAD]], %[[CONSTANT]] : f32
// CHECK-NEXT:       %[[LOAD_1:.+]] = sched.load %[[ARG1_1]][4096*p0 + p1] : ![[T]]
// CHECK-NEXT:       %[[MUL:.+]] = arith.mulf %[[ADD]], %[[LOAD_1]] : f32
// CHECK-NEXT:       sched.store %[[MUL]], %[[BUF0]][4096*p0 + p1] : ![[T]]
// CHECK-NEXT:     }
// CHECK-NEXT:     %[[BUF1:.+]] = sched.buffer "buf1" : ![[T]]
// CHECK-NEXT:     sched.node "op1" writes(%[[BUF1]] : ![[T]]) ranges [8192, 4096] {
// CHECK-NEXT:       %[[LOAD:.+]] = sched.load %[[ARG0_1]][4096*p0 + p1] : ![[T]]
// CHECK-NEXT:       %[[CONSTANT:.+]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:       %[[ADD:.+]] = arith.addf %[[LOAD]], %[[CONSTANT]] : f32
// CHECK-NEXT:       sched.store %[[ADD]], %[[BUF1]][4096*p0 + p1] : ![[T]]
// CHECK-NEXT:     }
// CHECK-NEXT:     %[[BUF2:.+]] = sched.mutation "buf2" mutates(%[[ARG0_1]] : ![[T]]) : ![[T]]
// CHECK-NEXT:     sched.node "op2" writes(%[[BUF2]] : ![[T]]) ranges [8192, 4096] {
// CHECK-NEXT:       %[[LOAD:.+]] = sched.load %[[BUF1]][4096*p0 + p1] : ![[T]]
// CHECK-NEXT:       sched.store %[[LOAD]], %[[BUF2]][4096*p0 + p1] : ![[T]]
// CHECK-NEXT:     }
// CHECK-NEXT:     sched.output %[[BUF0]], %[[BUF2]] : ![[T]], ![[T]]
// CHECK-NEXT:   }
