// RUN: sched-opt %s -split-input-file -convert-sched-to-linalg | FileCheck %s

// argmax keeps a value and a position: the stored position is the output
// operand, the value a scratch output (memref.alloc'd for the generic,
// freed after it), both filled with the accumulator's identity first. The
// body is LoopBody's combine: a strictly greater value or the first NaN
// takes the point's position in the reduction (Inductor's tie rules).

!m = !sched.buffer<[4, 8], f32, strides = [8, 1], device = "cpu">
!i = !sched.buffer<[4], i64, strides = [1], device = "cpu">
!f = !sched.buffer<[4], f32, strides = [1], device = "cpu">

// CHECK-LABEL: func.func @argmax
// CHECK-SAME: (%[[X:.*]]: memref<4x8xf32>, %[[OUT:.*]]: memref<4xi64>)
// CHECK: %[[VAL:.*]] = memref.alloc() : memref<4xf32>
// CHECK-DAG: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0 : i64
// CHECK: linalg.fill ins(%[[NEGINF]] : f32) outs(%[[VAL]] : memref<4xf32>)
// CHECK-NEXT: linalg.fill ins(%[[ZERO]] : i64) outs(%[[OUT]] : memref<4xi64>)
// CHECK-NEXT: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]} ins(%[[X]] : memref<4x8xf32>) outs(%[[OUT]], %[[VAL]] : memref<4xi64>, memref<4xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %[[POS:.*]]: i64, %[[BEST:.*]]: f32):
// CHECK: %[[R:.*]] = linalg.index 1 : index
// CHECK-NEXT: %[[GT:.*]] = arith.cmpf ogt, %[[IN]], %[[BEST]] : f32
// CHECK-NEXT: %[[NAN:.*]] = arith.cmpf uno, %[[IN]], %[[IN]] : f32
// CHECK-NEXT: %[[ORD:.*]] = arith.cmpf ord, %[[BEST]], %[[BEST]] : f32
// CHECK-NEXT: %[[FIRSTNAN:.*]] = arith.andi %[[NAN]], %[[ORD]] : i1
// CHECK-NEXT: %[[TAKE:.*]] = arith.ori %[[GT]], %[[FIRSTNAN]] : i1
// CHECK-NEXT: %[[RI:.*]] = arith.index_cast %[[R]] : index to i64
// CHECK-NEXT: %[[V:.*]] = arith.select %[[TAKE]], %[[IN]], %[[BEST]] : f32
// CHECK-NEXT: %[[P:.*]] = arith.select %[[TAKE]], %[[RI]], %[[POS]] : i64
// CHECK-NEXT: linalg.yield %[[P]], %[[V]] : i64, f32
// CHECK: memref.dealloc %[[VAL]] : memref<4xf32>
sched.graph @argmax {
  %x = sched.input "x" : !m
  %buf0 = sched.buffer "buf0" : !i
  sched.node "op0" writes(%buf0 : !i) ranges [4] reduce [8] {
    %v = sched.load %x[8*p0 + p1] : !m
    %r = sched.reduction argmax %v : f32 -> i64
    sched.store_reduction %r, %buf0[p0] : !i
  }
  sched.output %buf0 : !i
}

// -----

// Welford with only m2 stored (var_mean's second node): mean and weight are
// scratch outputs; one update a point, in the reduction's order (the SCF
// form's, so the two agree bit for bit: test/Integration/sched-run-linalg).

!m = !sched.buffer<[4, 8], f32, strides = [8, 1], device = "cpu">
!f = !sched.buffer<[4], f32, strides = [1], device = "cpu">

// CHECK-LABEL: func.func @welford_m2
// CHECK-SAME: (%[[X:.*]]: memref<4x8xf32>, %[[M2:.*]]: memref<4xf32>)
// CHECK: %[[MEAN:.*]] = memref.alloc() : memref<4xf32>
// CHECK: %[[W:.*]] = memref.alloc() : memref<4xf32>
// CHECK: linalg.generic {{.*}} outs(%[[M2]], %[[MEAN]], %[[W]] : memref<4xf32>, memref<4xf32>, memref<4xf32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %[[ACC_M2:.*]]: f32, %[[ACC_MEAN:.*]]: f32, %[[ACC_W:.*]]: f32):
// CHECK: %[[W1:.*]] = arith.addf %[[ACC_W]], %{{.*}} : f32
// CHECK-NEXT: %[[D:.*]] = arith.subf %[[IN]], %[[ACC_MEAN]] : f32
// CHECK-NEXT: %[[STEP:.*]] = arith.divf %[[D]], %[[W1]] : f32
// CHECK-NEXT: %[[MEAN1:.*]] = arith.addf %[[ACC_MEAN]], %[[STEP]] : f32
// CHECK-NEXT: %[[D2:.*]] = arith.subf %[[IN]], %[[MEAN1]] : f32
// CHECK-NEXT: %[[P:.*]] = arith.mulf %[[D]], %[[D2]] : f32
// CHECK-NEXT: %[[M2N:.*]] = arith.addf %[[ACC_M2]], %[[P]] : f32
// CHECK-NEXT: linalg.yield %[[M2N]], %[[MEAN1]], %[[W1]] : f32, f32, f32
// CHECK: memref.dealloc %[[MEAN]]
// CHECK: memref.dealloc %[[W]]
sched.graph @welford_m2 {
  %x = sched.input "x" : !m
  %buf0 = sched.buffer "buf0" : !f
  sched.node "op0" writes(%buf0 : !f) ranges [4] reduce [8] {
    %v = sched.load %x[8*p0 + p1] : !m
    %r:3 = sched.reduction welford_reduce %v : f32 -> f32, f32, f32
    sched.store_reduction %r#1, %buf0[p0] : !f
  }
  sched.output %buf0 : !f
}
