// RUN: sched-opt %examples/seed_add_sum_8x16.cpu.mlir -sched-schedule -convert-sched-to-linalg | FileCheck %s --check-prefix=SEED
// RUN: sched-opt %s -split-input-file -convert-sched-to-linalg | FileCheck %s
// Upstream tools take the output as it is:
// RUN: sched-opt %examples/seed_add_sum_8x16.cpu.mlir -sched-schedule -convert-sched-to-linalg | mlir-opt -convert-linalg-to-loops | FileCheck %s --check-prefix=LOOPS
// RUN: sched-opt %s -split-input-file -convert-sched-to-linalg | mlir-opt -split-input-file -convert-linalg-to-loops | FileCheck %s --check-prefix=ALL-LOOPS

// The seed, (a + b).sum(1): one generic over [8] x [16], the reduction
// accumulating into the caller's output after a fill with 0.

// SEED-DAG: #[[ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// SEED-DAG: #[[ROW:.+]] = affine_map<(d0, d1) -> (d0)>
// SEED-LABEL: func.func @seed_add_sum_8x16
// SEED-SAME:    (%[[A:.+]]: memref<8x16xf32>, %[[B:.+]]: memref<8x16xf32>, %[[OUT:.+]]: memref<8xf32>)
// SEED-SAME:    attributes {llvm.emit_c_interface, sched.arg_names = ["arg0_1", "arg1_1", "buf0"], sched.num_inputs = 2 : i64}
// SEED:         %[[ZERO:.+]] = arith.constant 0.000000e+00 : f32
// SEED:         linalg.fill ins(%[[ZERO]] : f32) outs(%[[OUT]] : memref<8xf32>)
// SEED:         linalg.generic {indexing_maps = [#[[ID]], #[[ID]], #[[ROW]]], iterator_types = ["parallel", "reduction"]}
// SEED-SAME:      ins(%[[A]], %[[B]] : memref<8x16xf32>, memref<8x16xf32>) outs(%[[OUT]] : memref<8xf32>)
// SEED-SAME:      attrs = {sched.node = "op0"}
// SEED:         ^bb0(%[[X:.+]]: f32, %[[Y:.+]]: f32, %[[ACC:.+]]: f32):
// SEED:           %[[S:.+]] = arith.addf %[[X]], %[[Y]] : f32
// SEED:           %[[N:.+]] = arith.addf %[[ACC]], %[[S]] : f32
// SEED:           linalg.yield %[[N]] : f32
// SEED:         }
// SEED-NEXT:    return

// LOOPS-LABEL: func.func @seed_add_sum_8x16
// LOOPS:         scf.for
// LOOPS:           memref.store
// LOOPS:         scf.for
// LOOPS:           scf.for
// LOOPS:             memref.load
// LOOPS:             memref.load
// LOOPS:             memref.load
// LOOPS:             arith.addf
// LOOPS:             arith.addf
// LOOPS:             memref.store
// LOOPS-NOT:     linalg.

// ALL-LOOPS-LABEL: func.func @transpose_exp
// ALL-LOOPS-NOT:   linalg.
// ALL-LOOPS:       math.exp
// ALL-LOOPS-LABEL: func.func @broadcast_bias_max
// ALL-LOOPS-NOT:   linalg.
// ALL-LOOPS:       arith.maximumf
// ALL-LOOPS-LABEL: func.func @shifted_half
// ALL-LOOPS-NOT:   linalg.
// ALL-LOOPS-LABEL: func.func @flattened
// ALL-LOOPS-NOT:   linalg.
// ALL-LOOPS-LABEL: func.func @fused_members
// ALL-LOOPS-NOT:   linalg.

// A pointwise transposed read: the load's storage offset p0 + 8*p1 over a
// [16, 8] row-major input is (p1, p0) in its logical dimensions.

!a = !sched.buffer<[16, 8], f32, strides = [8, 1], device = "cpu">
!o = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
sched.graph @transpose_exp {
  %a = sched.input "a" : !a
  %buf0 = sched.buffer "buf0" : !o
  sched.node "op0" writes(%buf0 : !o) ranges [8, 16] {
    %x = sched.load %a[p0 + 8*p1] : !a
    %e = math.exp %x : f32
    sched.store %e, %buf0[16*p0 + p1] : !o
  }
  sched.output %buf0 : !o
}

// CHECK-DAG: #[[T:.+]] = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-DAG: #[[ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @transpose_exp
// CHECK-SAME:    (%[[A:.+]]: memref<16x8xf32>, %[[OUT:.+]]: memref<8x16xf32>)
// CHECK-NEXT:    linalg.generic {indexing_maps = [#[[T]], #[[ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME:      ins(%[[A]] : memref<16x8xf32>) outs(%[[OUT]] : memref<8x16xf32>) attrs = {sched.node = "op0"}
// CHECK:         ^bb0(%[[X:.+]]: f32, %{{.+}}: f32):
// CHECK:           %[[E:.+]] = math.exp %[[X]] : f32
// CHECK:           linalg.yield %[[E]] : f32
// CHECK:         }
// CHECK-NEXT:    return

// -----

// A broadcast: the bias is read at p1 only, so its map leaves d0 out; the
// intermediate is allocated; a column max reads it transposed (maximumf
// from -inf, NaN-propagating as Inductor's max).

!x = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!b = !sched.buffer<[16], f32, strides = [1], device = "cpu">
sched.graph @broadcast_bias_max {
  %x = sched.input "x" : !x
  %bias = sched.input "bias" : !b
  %buf0 = sched.buffer "buf0" : !x
  %buf1 = sched.buffer "buf1" : !b
  sched.node "op0" writes(%buf0 : !x) ranges [8, 16] {
    %v = sched.load %x[16*p0 + p1] : !x
    %c = sched.load %bias[p1] : !b
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf0[16*p0 + p1] : !x
  }
  sched.node "op1" writes(%buf1 : !b) ranges [16] reduce [8] {
    %v = sched.load %buf0[p0 + 16*p1] : !x
    %r = sched.reduction max %v : f32 -> f32
    sched.store_reduction %r, %buf1[p0] : !b
  }
  sched.output %buf1 : !b
}

// CHECK-DAG: #[[ID:.+]] = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-DAG: #[[COL:.+]] = affine_map<(d0, d1) -> (d1)>
// CHECK-DAG: #[[T:.+]] = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-DAG: #[[ROW:.+]] = affine_map<(d0, d1) -> (d0)>
// CHECK-LABEL: func.func @broadcast_bias_max
// CHECK-SAME:    (%[[X:.+]]: memref<8x16xf32>, %[[BIAS:.+]]: memref<16xf32>, %[[OUT:.+]]: memref<16xf32>)
// CHECK-SAME:    sched.arg_names = ["x", "bias", "buf1"]
// CHECK:         %[[B0:.+]] = memref.alloc() {sched.buffer = "buf0"} : memref<8x16xf32>
// CHECK:         linalg.generic {indexing_maps = [#[[ID]], #[[COL]], #[[ID]]], iterator_types = ["parallel", "parallel"]}
// CHECK-SAME:      ins(%[[X]], %[[BIAS]] : memref<8x16xf32>, memref<16xf32>) outs(%[[B0]] : memref<8x16xf32>) attrs = {sched.node = "op0"}
// CHECK:           arith.addf
// CHECK:         %[[NINF:.+]] = arith.constant 0xFF800000 : f32
// CHECK:         linalg.fill ins(%[[NINF]] : f32) outs(%[[OUT]] : memref<16xf32>)
// CHECK:         linalg.generic {indexing_maps = [#[[T]], #[[ROW]]], iterator_types = ["parallel", "reduction"]}
// CHECK-SAME:      ins(%[[B0]] : memref<8x16xf32>) outs(%[[OUT]] : memref<16xf32>) attrs = {sched.node = "op1"}
// CHECK:         ^bb0(%[[V:.+]]: f32, %[[ACC:.+]]: f32):
// CHECK:           %[[M:.+]] = arith.maximumf %[[ACC]], %[[V]] : f32
// CHECK:           linalg.yield %[[M]] : f32
// CHECK:         memref.dealloc %[[B0]] : memref<8x16xf32>
// CHECK-NEXT:    return

// -----

// A constant offset: the second half of the input is a subview.

!t = !sched.buffer<[16], f32, strides = [1], device = "cpu">
!h = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @shifted_half {
  %x = sched.input "x" : !t
  %buf0 = sched.buffer "buf0" : !h
  sched.node "op0" writes(%buf0 : !h) ranges [8] {
    %v = sched.load %x[p0 + 8] : !t
    sched.store %v, %buf0[p0] : !h
  }
  sched.output %buf0 : !h
}

// CHECK: #[[ID:.+]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @shifted_half
// CHECK-SAME:    (%[[X:.+]]: memref<16xf32>, %[[OUT:.+]]: memref<8xf32>)
// CHECK:         %[[SV:.+]] = memref.subview %[[X]][8] [8] [1] : memref<16xf32> to memref<8xf32, strided<[1], offset: 8>>
// CHECK:         linalg.generic {indexing_maps = [#[[ID]], #[[ID]]], iterator_types = ["parallel"]}
// CHECK-SAME:      ins(%[[SV]] : memref<8xf32, strided<[1], offset: 8>>) outs(%[[OUT]] : memref<8xf32>)

// -----

// Inductor's merged loop variable: p0 runs over all 8x16 elements, so the
// operands are collapse_shapes of the buffers (one per buffer). A loop
// variable of range 1 is left out of the iteration space.

!m = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
sched.graph @flattened {
  %x = sched.input "x" : !m
  %buf0 = sched.buffer "buf0" : !m
  sched.node "op0" writes(%buf0 : !m) ranges [128, 1] {
    %v = sched.load %x[p0] : !m
    %w = sched.load %x[p0] : !m
    %s = arith.mulf %v, %w : f32
    sched.store %s, %buf0[p0] : !m
  }
  sched.output %buf0 : !m
}

// CHECK: #[[ID:.+]] = affine_map<(d0) -> (d0)>
// CHECK-LABEL: func.func @flattened
// CHECK-SAME:    (%[[X:.+]]: memref<8x16xf32>, %[[OUT:.+]]: memref<8x16xf32>)
// CHECK:         %[[XC:.+]] = memref.collapse_shape %[[X]] {{\[}}[0, 1]] : memref<8x16xf32> into memref<128xf32>
// CHECK-NEXT:    %[[OC:.+]] = memref.collapse_shape %[[OUT]] {{\[}}[0, 1]] : memref<8x16xf32> into memref<128xf32>
// CHECK-NEXT:    linalg.generic {indexing_maps = [#[[ID]], #[[ID]], #[[ID]]], iterator_types = ["parallel"]}
// CHECK-SAME:      ins(%[[XC]], %[[XC]] : memref<128xf32>, memref<128xf32>) outs(%[[OC]] : memref<128xf32>)

// -----

// A fused group: one generic per member, in member order.

!t = !sched.buffer<[64], f32, strides = [1], device = "cpu">
sched.graph @fused_members {
  %x = sched.input "x" : !t
  %buf0 = sched.buffer "buf0" : !t
  %buf1 = sched.buffer "buf1" : !t
  sched.group "op0_op1" fused {
    sched.node "op0" writes(%buf0 : !t) ranges [64] {
      %v = sched.load %x[p0] : !t
      %c = arith.constant 2.0 : f32
      %m = arith.mulf %v, %c : f32
      sched.store %m, %buf0[p0] : !t
    }
    sched.node "op1" writes(%buf1 : !t) ranges [64] {
      %v = sched.load %buf0[p0] : !t
      %n = arith.negf %v : f32
      sched.store %n, %buf1[p0] : !t
    }
  }
  sched.output %buf1 : !t
}

// CHECK-LABEL: func.func @fused_members
// CHECK-SAME:    (%[[X:.+]]: memref<64xf32>, %[[OUT:.+]]: memref<64xf32>)
// CHECK:         %[[B0:.+]] = memref.alloc() {sched.buffer = "buf0"} : memref<64xf32>
// CHECK:         linalg.generic
// CHECK-SAME:      ins(%[[X]] : memref<64xf32>) outs(%[[B0]] : memref<64xf32>) attrs = {sched.node = "op0"}
// CHECK:           %[[C:.+]] = arith.constant 2.000000e+00 : f32
// CHECK:           arith.mulf %{{.+}}, %[[C]] : f32
// CHECK:         linalg.generic
// CHECK-SAME:      ins(%[[B0]] : memref<64xf32>) outs(%[[OUT]] : memref<64xf32>) attrs = {sched.node = "op1"}
// CHECK:           arith.negf
// CHECK:         memref.dealloc %[[B0]]

// -----

// sched.index_expr (Inductor's ops.index_expr: an arange, a position in a
// mask) is linalg.index of the generic's dims, an affine.apply of the index
// (floordiv and mod allowed: it is a value, not an access) and a cast. The
// loop of range 1 is 0.

!m = !sched.buffer<[4, 8], f32, strides = [8, 1], device = "cpu">

// CHECK-LABEL: func.func @positions
// CHECK:         linalg.generic
// CHECK-SAME:      iterator_types = ["parallel", "parallel"]
// CHECK:           %[[I:.*]] = linalg.index 0 : index
// CHECK:           %[[J:.*]] = linalg.index 1 : index
// CHECK:           %[[P:.*]] = affine.apply #{{.*}}(%{{.*}}, %[[I]], %[[J]])
// CHECK:           %[[C:.*]] = arith.index_cast %[[P]] : index to i64
// CHECK:           arith.sitofp %[[C]] : i64 to f32
// ALL-LOOPS-LABEL: func.func @positions
// ALL-LOOPS:         scf.for
// ALL-LOOPS:           scf.for
// ALL-LOOPS:             affine.apply
sched.graph @positions {
  %x = sched.input "x" : !m
  %buf0 = sched.buffer "buf0" : !m
  sched.node "op0" writes(%buf0 : !m) ranges [1, 4, 8] {
    %v = sched.load %x[8*p1 + p2] : !m
    %i = sched.index_expr [8*p1 + p2 floordiv 2] : i64
    %f = arith.sitofp %i : i64 to f32
    %s = arith.addf %v, %f : f32
    sched.store %s, %buf0[8*p1 + p2] : !m
  }
  sched.output %buf0 : !m
}

// -----

// An extern mm (Inductor's extern_kernels.mm) is a linalg.matmul into its
// output, zero-filled first, between the generics of the nodes around it.

!m = !sched.buffer<[4, 8], f32, strides = [8, 1], device = "cpu">
!n = !sched.buffer<[8, 2], f32, strides = [2, 1], device = "cpu">
!p = !sched.buffer<[4, 2], f32, strides = [2, 1], device = "cpu">

// CHECK-LABEL: func.func @extern_mm
// CHECK-SAME: (%[[A:.*]]: memref<4x8xf32>, %[[B:.*]]: memref<8x2xf32>, %[[OUT:.*]]: memref<4x2xf32>)
// CHECK: %[[MM:.*]] = memref.alloc() {sched.buffer = "buf0"} : memref<4x2xf32>
// CHECK: linalg.fill ins(%{{.*}} : f32) outs(%[[MM]] : memref<4x2xf32>)
// CHECK-NEXT: linalg.matmul ins(%[[A]], %[[B]] : memref<4x8xf32>, memref<8x2xf32>) outs(%[[MM]] : memref<4x2xf32>)
// CHECK: linalg.generic {{.*}} ins(%[[MM]] : memref<4x2xf32>) outs(%[[OUT]] : memref<4x2xf32>) attrs = {sched.node = "op1"}
sched.graph @extern_mm {
  %a = sched.input "a" : !m
  %b = sched.input "b" : !n
  %buf0 = sched.buffer "buf0" : !p
  sched.extern "op0" "extern_kernels.mm"(%a, %b : !m, !n) writes(%buf0 : !p)
  %buf1 = sched.buffer "buf1" : !p
  sched.node "op1" writes(%buf1 : !p) ranges [4, 2] {
    %v = sched.load %buf0[2*p0 + p1] : !p
    %r = math.tanh %v : f32
    sched.store %r, %buf1[2*p0 + p1] : !p
  }
  sched.output %buf1 : !p
}

// -----

// A column-major buffer (strides [1, 128]) walked in storage order by one
// variable: a memref.transpose to decreasing strides first, then the
// collapse of the now row-major dimensions into that variable's dimension.

// CHECK-LABEL: func.func @column_major_scale
// CHECK-SAME: (%[[X:.*]]: memref<128x256xf32, strided<[1, 128]>>, %[[OUT:.*]]: memref<128x256xf32, strided<[1, 128]>>)
// CHECK: %[[XT:.*]] = memref.transpose %[[X]] (d0, d1) -> (d1, d0) : memref<128x256xf32, strided<[1, 128]>> to memref<256x128xf32, strided<[128, 1]>>
// CHECK-NEXT: %[[XF:.*]] = memref.collapse_shape %[[XT]] {{\[\[}}0, 1]] : memref<256x128xf32, strided<[128, 1]>> into memref<32768xf32, strided<[1]>>
// CHECK-NEXT: %[[OT:.*]] = memref.transpose %[[OUT]] (d0, d1) -> (d1, d0)
// CHECK-NEXT: %[[OF:.*]] = memref.collapse_shape %[[OT]] {{\[\[}}0, 1]]
// CHECK-NEXT: linalg.generic {{.*}} ins(%[[XF]] : memref<32768xf32, strided<[1]>>) outs(%[[OF]] : memref<32768xf32, strided<[1]>>)
!cm = !sched.buffer<[128, 256], f32, strides = [1, 128], device = "cpu">
sched.graph @column_major_scale {
  %x = sched.input "x" : !cm
  %buf0 = sched.buffer "buf0" : !cm
  sched.node "op0" writes(%buf0 : !cm) ranges [32768] {
    %v = sched.load %x[p0] : !cm
    %c = arith.constant 3.0 : f32
    %m = arith.mulf %v, %c : f32
    sched.store %m, %buf0[p0] : !cm
  }
  sched.output %buf0 : !cm
}

// -----

// Two loop variables split one dimension (p1 walks rows 8 apart, p2 the
// rows between: coefficients 128 and 16 of a [32, 16] buffer): a
// memref.expand_shape of that dimension into [4, 8], one per variable.

!x = !sched.buffer<[32, 16], f32, strides = [16, 1], device = "cpu">
!o = !sched.buffer<[16, 4], f32, strides = [4, 1], device = "cpu">

// CHECK: #[[IN:.*]] = affine_map<(d0, d1, d2) -> (d1, d2, d0)>
// CHECK-LABEL: func.func @split_rows
// CHECK: %[[E:.*]] = memref.expand_shape %{{.*}} {{\[\[}}0, 1], [2]] output_shape [4, 8, 16] : memref<32x16xf32> into memref<4x8x16xf32>
// CHECK: linalg.generic {indexing_maps = [#[[IN]], #{{.*}}], iterator_types = ["parallel", "parallel", "reduction"]} ins(%[[E]] : memref<4x8x16xf32>)
sched.graph @split_rows {
  %x = sched.input "x" : !x
  %buf0 = sched.buffer "buf0" : !o
  sched.node "op0" writes(%buf0 : !o) ranges [16, 4] reduce [8] {
    %v = sched.load %x[p0 + 128*p1 + 16*p2] : !x
    %r = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %r, %buf0[4*p0 + p1] : !o
  }
  sched.output %buf0 : !o
}
