// RUN: sched-opt %s -sched-schedule -convert-sched-to-scf=transposed-tile-depth=4 | FileCheck %s
// RUN: sched-opt %s -sched-schedule -convert-sched-to-scf | FileCheck %s --check-prefix=GATHER

// A column sum through a transpose: 16 outputs in the lanes of one vector
// (outer-loop vectorization), a reads contiguous across them, b contiguous
// along the reduction. With transposed-tile-depth=4 the reduction loop
// steps by 4; each step loads b's 16 x 4 tile as 16 rows of 4 (vector
// loads 8 elements apart: b's row stride), takes column u of it apart
// (vector.from_elements of element u of every row), and the 4 points then
// read those columns in order. By default b is a gather of 16 scalar
// loads a point.

// CHECK: scf.for %{{.*}} = %c0{{.*}} to %c8 step %c4 iter_args
// CHECK-NEXT: %[[FIRST:.*]] = affine.apply
// CHECK-NEXT: %[[ROW0:.*]] = vector.load %[[B:.*]][%[[FIRST]]] : memref<128xf32>, vector<4xf32>
// CHECK-NEXT: %c8{{.*}} = arith.constant 8 : index
// CHECK-NEXT: %[[AT1:.*]] = arith.addi %[[FIRST]], %c8
// CHECK-NEXT: %[[ROW1:.*]] = vector.load %[[B]][%[[AT1]]] : memref<128xf32>, vector<4xf32>
// CHECK-COUNT-14: vector.load %[[B]]
// CHECK: %[[E0:.*]] = vector.extract %[[ROW0]][0] : f32 from vector<4xf32>
// CHECK-NEXT: %[[E1:.*]] = vector.extract %[[ROW1]][0] : f32 from vector<4xf32>
// CHECK: %[[COL0:.*]] = vector.from_elements %[[E0]], %[[E1]], {{.*}} : vector<16xf32>
// CHECK-COUNT-3: vector.from_elements
// CHECK-NOT: memref.load
// CHECK: vector.load %{{.*}} : memref<128xf32>, vector<16xf32>
// CHECK: arith.addf %{{.*}}, %[[COL0]] : vector<16xf32>
// CHECK: } {sched.transposed_tile = 4 : i64}

// GATHER: scf.for %{{.*}} = %c0{{.*}} to %c8 step %c1{{.*}} iter_args
// GATHER-COUNT-16: memref.load
// GATHER: vector.from_elements
// GATHER-NOT: sched.transposed_tile

!a = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!b = !sched.buffer<[16, 8], f32, strides = [8, 1], device = "cpu">
!o = !sched.buffer<[16], f32, strides = [1], device = "cpu">
sched.graph @add_transposed_sum {
  %a = sched.input "a" : !a
  %b = sched.input "b" : !b
  %buf0 = sched.buffer "buf0" : !o
  sched.node "op0" writes(%buf0 : !o) ranges [16] reduce [8] {
    %x = sched.load %a[p0 + 16*p1] : !a
    %y = sched.load %b[8*p0 + p1] : !b
    %s = arith.addf %x, %y : f32
    %r = sched.reduction sum %s : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !o
  }
  sched.output %buf0 : !o
}
