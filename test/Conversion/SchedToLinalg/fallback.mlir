// RUN: sched-opt %s -convert-sched-to-linalg=allow-fallback -verify-diagnostics | FileCheck %s

// With allow-fallback a node that is not affine-representable is left out
// with a remark; the others still become generics, in order.

!t = !sched.buffer<[16], f32, strides = [1], device = "cpu">
sched.graph @partial {
  %x = sched.input "x" : !t
  %buf0 = sched.buffer "buf0" : !t
  %buf1 = sched.buffer "buf1" : !t
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [16] {
    %v = sched.load %x[p0] : !t
    %e = math.exp %v : f32
    sched.store %e, %buf0[p0] : !t
  }
  // expected-remark @+1 {{node 'op1' is not affine-representable, left out by -convert-sched-to-linalg: index [p0 floordiv 2] of 'buf1' is not linear in the loop variables}}
  sched.node "op1" writes(%buf1 : !t) ranges [16] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf1[p0 floordiv 2] : !t
  }
  sched.node "op2" writes(%buf2 : !t) ranges [16] {
    %v = sched.load %buf0[p0] : !t
    %n = arith.negf %v : f32
    sched.store %n, %buf2[p0] : !t
  }
  sched.output %buf2 : !t
}

// CHECK-LABEL: func.func @partial
// CHECK:         memref.alloc() {sched.buffer = "buf0"}
// CHECK:         memref.alloc() {sched.buffer = "buf1"}
// CHECK:         linalg.generic
// CHECK-SAME:      {sched.node = "op0"}
// CHECK:           math.exp
// CHECK-NOT:     sched.node = "op1"
// CHECK:         linalg.generic
// CHECK-SAME:      {sched.node = "op2"}
// CHECK:           arith.negf
// CHECK-NOT:     sched.
// CHECK:         return
