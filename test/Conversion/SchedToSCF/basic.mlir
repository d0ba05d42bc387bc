// RUN: sched-opt %s -split-input-file -convert-sched-to-scf | FileCheck %s

// A reduction: inputs and outputs become memref arguments, storage is
// addressed flat from the base pointer, the reduction is an scf.for with
// iter_args, and the kernel is one execute_region.

!in = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!out = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @row_sum {
  %a = sched.input "a" : !in
  %buf0 = sched.buffer "buf0" : !out
  sched.node "op0" writes(%buf0 : !out) ranges [8] reduce [16] {
    %x = sched.load %a[16*p0 + p1] : !in
    %r = sched.reduction sum %x : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !out
  }
  sched.output %buf0 : !out
}

// CHECK: #[[MAP:.+]] = affine_map<(d0, d1) -> (d0 * 16 + d1)>
// CHECK-LABEL: func.func @row_sum
// CHECK-SAME:    (%[[A:.+]]: memref<8x16xf32>, %[[OUT:.+]]: memref<8xf32>)
// CHECK-SAME:    attributes {llvm.emit_c_interface, sched.arg_names = ["a", "buf0"], sched.num_inputs = 1 : i64}
// CHECK:         %[[AF:.+]] = memref.reinterpret_cast %[[A]] to offset: [0], sizes: [128], strides: [1] : memref<8x16xf32> to memref<128xf32>
// CHECK:         %[[OF:.+]] = memref.reinterpret_cast %[[OUT]] to offset: [0], sizes: [8], strides: [1] : memref<8xf32> to memref<8xf32>
// CHECK:         scf.execute_region {
// CHECK:           scf.for %[[I:.+]] = %{{.+}} to %{{.+}} step %{{.+}} {
// CHECK:             %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// CHECK:             %[[SUM:.+]] = scf.for %[[J:.+]] = %{{.+}} to %{{.+}} step %{{.+}} iter_args(%[[ACC:.+]] = %[[ZERO]]) -> (f32) {
// CHECK:               %[[IDX:.+]] = affine.apply #[[MAP]](%[[I]], %[[J]])
// CHECK:               %[[X:.+]] = memref.load %[[AF]][%[[IDX]]] : memref<128xf32>
// CHECK:               %[[NEXT:.+]] = arith.addf %[[ACC]], %[[X]] : f32
// CHECK:               scf.yield %[[NEXT]] : f32
// CHECK:             }
// CHECK:             memref.store %[[SUM]], %[[OF]][%[[I]]] : memref<8xf32>
// CHECK:           }
// CHECK:           scf.yield
// CHECK:         } {sched.kernel = "op0"}
// CHECK:         return

// -----

// A fused group: members with the same ranges share one loop, in member
// order; the intermediate is allocated, freed after its last use (from
// sched.last_usage), and the mutated input shares its target's storage.

!t = !sched.buffer<[64], f32, strides = [1], device = "cpu">
sched.graph @fused_mutation {
  %x = sched.input "x" : !t
  %buf0 = sched.buffer "buf0" : !t
  %buf1 = sched.mutation "buf1" mutates(%x : !t) : !t
  sched.group "op0_op1" fused attributes {sched.last_usage = ["buf0", "x"]} {
    sched.node "op0" writes(%buf0 : !t) ranges [64] {
      %v = sched.load %x[p0] : !t
      %c = arith.constant 2.0 : f32
      %m = arith.mulf %v, %c : f32
      sched.store %m, %buf0[p0] : !t
    }
    sched.node "op1" writes(%buf1 : !t) ranges [64] {
      %v = sched.load %buf0[p0] : !t
      sched.store %v, %buf1[p0] : !t
    }
  }
  sched.output %buf1 : !t
}

// CHECK-LABEL: func.func @fused_mutation
// CHECK-SAME:    (%[[X:.+]]: memref<64xf32>, %[[OUT:.+]]: memref<64xf32>)
// CHECK:         %[[XF:.+]] = memref.reinterpret_cast %[[X]] to offset: [0], sizes: [64], strides: [1]
// CHECK:         %[[B0:.+]] = memref.alloc() {sched.buffer = "buf0"} : memref<64xf32>
// CHECK:         scf.execute_region {
// CHECK:           scf.for %[[I:.+]] = %{{.+}} to %{{.+}} step %{{.+}} {
// CHECK:             %[[V:.+]] = memref.load %[[XF]][%[[I]]] : memref<64xf32>
// CHECK:             %[[M:.+]] = arith.mulf %[[V]], %{{.+}} : f32
// CHECK:             memref.store %[[M]], %[[B0]][%[[I]]] : memref<64xf32>
// CHECK:             %[[W:.+]] = memref.load %[[B0]][%[[I]]] : memref<64xf32>
// CHECK:             memref.store %[[W]], %[[XF]][%[[I]]] : memref<64xf32>
// CHECK:           }
// CHECK-NOT:       scf.for
// CHECK:         } {sched.kernel = "op0_op1"}
// CHECK-NEXT:    memref.dealloc %[[B0]] : memref<64xf32>
// CHECK-NEXT:    linalg.copy ins(%[[X]] : memref<64xf32>) outs(%[[OUT]] : memref<64xf32>)
// CHECK-NEXT:    return

// -----

// argmax carries (value, index) and keeps the first maximum (strict >);
// a transposed input keeps its strided layout in the signature.

!in = !sched.buffer<[4, 4], f32, strides = [1, 4], device = "cpu">
!idx = !sched.buffer<[4], i64, strides = [1], device = "cpu">
sched.graph @col_argmax {
  %a = sched.input "a" : !in
  %buf0 = sched.buffer "buf0" : !idx
  sched.node "op0" writes(%buf0 : !idx) ranges [4] reduce [4] {
    %x = sched.load %a[p0 + 4*p1] : !in
    %r = sched.reduction argmax %x : f32 -> i64
    sched.store_reduction %r, %buf0[p0] : !idx
  }
  sched.output %buf0 : !idx
}

// CHECK-LABEL: func.func @col_argmax
// CHECK-SAME:    (%{{.+}}: memref<4x4xf32, strided<[1, 4]>>, %{{.+}}: memref<4xi64>)
// CHECK:         %[[NEGINF:.+]] = arith.constant 0xFF800000 : f32
// CHECK:         %{{.+}}:2 = scf.for %[[J:.+]] = {{.+}} iter_args(%[[V:.+]] = %[[NEGINF]], %[[P:.+]] = %{{.+}}) -> (f32, i64) {
// CHECK:           %[[GT:.+]] = arith.cmpf ogt, %[[X:.+]], %[[V]] : f32
// CHECK:           %[[NAN:.+]] = arith.cmpf uno, %[[X]], %[[X]] : f32
// CHECK:           %[[ORD:.+]] = arith.cmpf ord, %[[V]], %[[V]] : f32
// CHECK:           %[[NW:.+]] = arith.andi %[[NAN]], %[[ORD]] : i1
// CHECK:           %[[BETTER:.+]] = arith.ori %[[GT]], %[[NW]] : i1
// CHECK:           %[[POS:.+]] = arith.index_cast %[[J]] : index to i64
// CHECK:           arith.select %[[BETTER]], %[[X]], %[[V]] : f32
// CHECK:           arith.select %[[BETTER]], %[[POS]], %[[P]] : i64

// -----

// Extern kernels: mm is linalg.matmul on the buffers' strided views; any
// other kernel calls a runtime function named after it.

!m = !sched.buffer<[4, 4], f32, strides = [4, 1], device = "cpu">
sched.graph @externs {
  %a = sched.input "a" : !m
  %b = sched.input "b" : !m
  %buf0 = sched.buffer "buf0" : !m
  sched.extern "op0" "extern_kernels.mm"(%a, %b : !m, !m) writes(%buf0 : !m)
  %buf1 = sched.buffer "buf1" : !m
  sched.extern "op1" "aten.my_kernel"(%buf0 : !m) writes(%buf1 : !m)
  sched.output %buf1 : !m
}

// CHECK-LABEL: func.func private @aten_my_kernel(memref<4x4xf32>, memref<4x4xf32>)
// CHECK-SAME:    attributes {llvm.emit_c_interface, sched.extern_kernel = "aten.my_kernel"}
// CHECK-LABEL: func.func @externs
// CHECK-SAME:    (%[[A:.+]]: memref<4x4xf32>, %[[B:.+]]: memref<4x4xf32>, %[[OUT:.+]]: memref<4x4xf32>)
// CHECK:         %[[B0:.+]] = memref.alloc() {sched.buffer = "buf0"} : memref<16xf32>
// CHECK:         %[[B0V:.+]] = memref.reinterpret_cast %[[B0]] to offset: [0], sizes: [4, 4], strides: [4, 1] : memref<16xf32> to memref<4x4xf32>
// CHECK:         scf.execute_region {
// CHECK:           linalg.fill ins(%{{.+}} : f32) outs(%[[B0V]] : memref<4x4xf32>)
// CHECK:           linalg.matmul ins(%[[A]], %[[B]] : memref<4x4xf32>, memref<4x4xf32>) outs(%[[B0V]] : memref<4x4xf32>)
// CHECK:         } {sched.kernel = "op0"}
// CHECK:         scf.execute_region {
// CHECK:           call @aten_my_kernel(%[[B0V]], %[[OUT]]) : (memref<4x4xf32>, memref<4x4xf32>) -> ()
// CHECK:         } {sched.kernel = "op1"}
// CHECK:         memref.dealloc %[[B0]] : memref<16xf32>
