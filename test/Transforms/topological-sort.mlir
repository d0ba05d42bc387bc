// RUN: sched-opt %s -split-input-file -sched-compute-read-writes -sched-topological-sort | FileCheck %s

// Case 11: the DFS visits producers in the order of the dependency names as
// strings, so buf10 comes before buf2; each buffer moves with its writer.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @string_order
// CHECK:         sched.input "arg0_1"
// CHECK-NEXT:    sched.buffer "buf10"
// CHECK-NEXT:    sched.node "op10"
// CHECK:         sched.buffer "buf2"
// CHECK-NEXT:    sched.node "op2"
// CHECK:         sched.buffer "buf3"
// CHECK-NEXT:    sched.node "op3"
// CHECK:         sched.output
sched.graph @string_order {
  %x = sched.input "arg0_1" : !t
  %buf2 = sched.buffer "buf2" : !t
  %buf10 = sched.buffer "buf10" : !t
  %buf3 = sched.buffer "buf3" : !t
  sched.node "op3" writes(%buf3 : !t) ranges [64] {
    %a = sched.load %buf2[p0] : !t
    %b = sched.load %buf10[p0] : !t
    %s = arith.addf %a, %b : f32
    sched.store %s, %buf3[p0] : !t
  }
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf2[p0] : !t
  }
  sched.node "op10" writes(%buf10 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf10[p0] : !t
  }
  sched.output %buf3 : !t
}

// -----

// A legal order is kept, even when independent nodes could go first.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @legal_order_kept
// CHECK:         sched.node "op0"
// CHECK:         sched.node "op1"
// CHECK:         sched.node "op2"
sched.graph @legal_order_kept {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf1[p0] : !t
  }
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    sched.store %v, %buf2[p0] : !t
  }
  sched.output %buf1, %buf2 : !t, !t
}
