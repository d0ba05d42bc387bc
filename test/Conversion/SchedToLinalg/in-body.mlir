// RUN: sched-opt %s -split-input-file -convert-sched-to-linalg | FileCheck %s

// A load whose index no indexing map describes (floor division and modulo:
// a transposing view) is a gather in the body: a memref.load from the flat
// view of its storage at the index of the generic's linalg.index values.
// The store stays an output operand.

!t = !sched.buffer<[4, 8], f32, strides = [8, 1], device = "cpu">
!u = !sched.buffer<[32], f32, strides = [1], device = "cpu">

// CHECK: #[[GATHER:.*]] = affine_map<(d0) -> (d0 floordiv 4 + (d0 mod 4) * 8)>
// CHECK-LABEL: func.func @view_index
// CHECK-SAME: (%[[X:.*]]: memref<4x8xf32>, %[[OUT:.*]]: memref<32xf32>)
// CHECK: %[[FLAT:.*]] = memref.reinterpret_cast %[[X]] to offset: [0], sizes: [32], strides: [1] : memref<4x8xf32> to memref<32xf32>
// CHECK: linalg.generic {indexing_maps = [#{{.*}}], iterator_types = ["parallel"]} outs(%[[OUT]] : memref<32xf32>) attrs = {sched.node = "op0"} {
// CHECK: ^bb0(%{{.*}}: f32):
// CHECK-NEXT: %[[I:.*]] = linalg.index 0 : index
// CHECK-NEXT: %[[AT:.*]] = affine.apply #[[GATHER]](%[[I]])
// CHECK-NEXT: %[[V:.*]] = memref.load %[[FLAT]][%[[AT]]] : memref<32xf32>
// CHECK-NEXT: linalg.yield %[[V]] : f32
sched.graph @view_index {
  %x = sched.input "x" : !t
  %buf0 = sched.buffer "buf0" : !u
  sched.node "op0" writes(%buf0 : !u) ranges [32] {
    %v = sched.load %x[8*(p0 mod 4) + p0 floordiv 4] : !t
    sched.store %v, %buf0[p0] : !u
  }
  sched.output %buf0 : !u
}

// -----

// An embedding: the loaded index goes through sched.indirect_indexing in the
// body (negative indices wrap, an index outside [0, 10) stops the program
// with a cf.assert naming the node), then the row is gathered.

!idx = !sched.buffer<[4], i64, strides = [1], device = "cpu">
!tab = !sched.buffer<[10, 8], f32, strides = [8, 1], device = "cpu">
!out = !sched.buffer<[4, 8], f32, strides = [8, 1], device = "cpu">

// CHECK-LABEL: func.func @embedding
// CHECK-SAME: (%[[IDX:.*]]: memref<4xi64>, %[[TAB:.*]]: memref<10x8xf32>, %[[OUT:.*]]: memref<4x8xf32>)
// CHECK: %[[FLAT:.*]] = memref.reinterpret_cast %[[TAB]] to offset: [0], sizes: [80], strides: [1]
// CHECK: linalg.generic {{.*}} ins(%[[IDX]] : memref<4xi64>) outs(%[[OUT]] : memref<4x8xf32>) attrs = {sched.node = "op0"} {
// CHECK: ^bb0(%[[I:.*]]: i64, %{{.*}}: f32):
// CHECK-NEXT: %[[ROWVAR:.*]] = linalg.index 0 : index
// CHECK-NEXT: %[[COL:.*]] = linalg.index 1 : index
// CHECK: %[[NEG:.*]] = arith.cmpi slt, %[[I]], %c0_i64
// CHECK: %[[WRAP:.*]] = arith.addi %[[I]], %c10_i64
// CHECK: %[[SEL:.*]] = arith.select %[[NEG]], %[[WRAP]], %[[I]]
// CHECK: cf.assert %{{.*}}, "indirect index out of bounds in op0: not in [0, 10)"
// CHECK: %[[ROW:.*]] = arith.index_cast %[[SEL]] : i64 to index
// CHECK: %[[AT:.*]] = affine.apply #{{.*}}(%[[ROWVAR]], %[[COL]])[%[[ROW]]]
// CHECK: %[[V:.*]] = memref.load %[[FLAT]][%[[AT]]] : memref<80xf32>
// CHECK: linalg.yield %[[V]] : f32
sched.graph @embedding {
  %i = sched.input "idx" : !idx
  %t = sched.input "table" : !tab
  %buf0 = sched.buffer "buf0" : !out
  sched.node "op0" writes(%buf0 : !out) ranges [4, 8] {
    %raw = sched.load %i[p0] : !idx
    %r = sched.indirect_indexing %raw size 10 check wrap_neg : i64
    %v = sched.load %t[8*indirect0 + p1] indirect(%r) : !tab
    sched.store %v, %buf0[8*p0 + p1] : !out
  }
  sched.output %buf0 : !out
}

// -----

// Constant padding: the mask is computed from sched.index_expr values, the
// masked sub-block is an scf.if whose load is a gather (it may not run
// outside the mask: it would read out of bounds), the other branch yields
// the padding value.

!in = !sched.buffer<[16], f32, strides = [1], device = "cpu">
!pad = !sched.buffer<[18], f32, strides = [1], device = "cpu">

// CHECK-LABEL: func.func @pad
// CHECK: %[[FLAT:.*]] = memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [16], strides: [1]
// CHECK: linalg.generic
// CHECK: %[[P:.*]] = linalg.index 0 : index
// CHECK: %[[MASK:.*]] = arith.andi
// CHECK: %[[R:.*]] = scf.if %[[MASK]] -> (f32) {
// CHECK-NEXT: %[[AT:.*]] = affine.apply #{{.*}}(%[[P]])
// CHECK-NEXT: %[[V:.*]] = memref.load %[[FLAT]][%[[AT]]] : memref<16xf32>
// CHECK-NEXT: scf.yield %[[V]] : f32
// CHECK-NEXT: } else {
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: scf.yield %[[ZERO]] : f32
// CHECK: linalg.yield %[[R]] : f32
sched.graph @pad {
  %x = sched.input "x" : !in
  %buf0 = sched.buffer "buf0" : !pad
  sched.node "op0" writes(%buf0 : !pad) ranges [18] {
    %e = sched.index_expr [-1 + p0] : i64
    %zero = arith.constant 0 : i64
    %ge = arith.cmpi sge, %e, %zero : i64
    %n = arith.constant 16 : i64
    %lt = arith.cmpi slt, %e, %n : i64
    %in = arith.andi %ge, %lt : i1
    %m = sched.masked %in -> f32 other 0.0 {
      %l = sched.load %x[-1 + p0] : !in
      sched.yield %l : f32
    }
    sched.store %m, %buf0[p0] : !pad
  }
  sched.output %buf0 : !pad
}
