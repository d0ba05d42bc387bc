// RUN: sched-opt %s -split-input-file -sched-pre-fusion | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-pre-fusion=record-ancestors=false | FileCheck %s --check-prefix=ORDERS

// Without the sets, only the orders are recorded.
// ORDERS-NOT:  sched.ancestors
// ORDERS:      sched.node "op2" {{.*}}attributes {sched.max_order = 2 : i64, sched.min_order = 2 : i64,
// ORDERS-NOT:  sched.ancestors

// Case 12: ancestors are transitive and follow weak edges; min/max order is
// the position. In the mutation example anc(op2) = {op0, op1}.
// CHECK-LABEL: sched.graph @input_mutation
// CHECK:         sched.node "op0" {{.*}}attributes {sched.ancestors = [], sched.max_order = 0 : i64, sched.min_order = 0 : i64,
// CHECK:         sched.node "op1" {{.*}}attributes {sched.ancestors = [], sched.max_order = 1 : i64, sched.min_order = 1 : i64,
// CHECK:         sched.node "op2" {{.*}}attributes {sched.ancestors = ["op1", "op0"], sched.max_order = 2 : i64, sched.min_order = 2 : i64,
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @input_mutation {
  %arg0_1 = sched.input "arg0_1" : !t
  %arg1_1 = sched.input "arg1_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %a = sched.load %arg0_1[p0] : !t
    %c = arith.constant 1.0 : f32
    %b = arith.addf %a, %c : f32
    %y = sched.load %arg1_1[p0] : !t
    %m = arith.mulf %b, %y : f32
    sched.store %m, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %a = sched.load %arg0_1[p0] : !t
    %c = arith.constant 1.0 : f32
    %b = arith.addf %a, %c : f32
    sched.store %b, %buf1[p0] : !t
  }
  %buf2 = sched.mutation "buf2" mutates(%arg0_1 : !t) : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %a = sched.load %buf1[p0] : !t
    sched.store %a, %buf2[p0] : !t
  }
  sched.output %buf0, %buf2 : !t, !t
}

// -----

// A chain: each node's ancestors are all nodes before it, nearest first.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @chain
// CHECK:         sched.node "op0" {{.*}}sched.ancestors = []
// CHECK:         sched.node "op1" {{.*}}sched.ancestors = ["op0"]
// CHECK:         sched.node "op2" {{.*}}sched.ancestors = ["op1", "op0"]
sched.graph @chain {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    sched.store %v, %buf1[p0] : !t
  }
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %buf1[p0] : !t
    sched.store %v, %buf2[p0] : !t
  }
  sched.output %buf2 : !t
}
