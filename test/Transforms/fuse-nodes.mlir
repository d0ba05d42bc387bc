// The fusion loop's accepted fusions, and its options.
// RUN: sched-opt %s -split-input-file -sched-schedule | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=max-fusion-size=2 | FileCheck %s --check-prefix=SIZE2
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=fuel=1 | FileCheck %s --check-prefix=FUEL1

// Case 13: a.sum(1) and a.cos() on [10, 10]: a reduction and a pointwise
// node reading the same input fuse into one kernel (horizontal).
!a = !sched.buffer<[10, 10], f32, strides = [10, 1], device = "cuda:0">
!r = !sched.buffer<[10], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @reduction_and_pointwise
// CHECK:         sched.group "op0_op1" fused
sched.graph @reduction_and_pointwise {
  %a = sched.input "arg0_1" : !a
  %buf0 = sched.buffer "buf0" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [10] reduce [10] {
    %x = sched.load %a[10*p0 + p1] : !a
    %s = sched.reduction sum %x : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !a
  sched.node "op1" writes(%buf1 : !a) ranges [10, 10] {
    %x = sched.load %a[10*p0 + p1] : !a
    %c = math.cos %x : f32
    sched.store %c, %buf1[10*p0 + p1] : !a
  }
  sched.output %buf0, %buf1 : !r, !a
}

// -----

// Case 14: a.sum(1) and a.amax(1): two reductions of one group fuse.
!a = !sched.buffer<[10, 10], f32, strides = [10, 1], device = "cuda:0">
!r = !sched.buffer<[10], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @two_reductions
// CHECK:         sched.group "op0_op1" fused
sched.graph @two_reductions {
  %a = sched.input "arg0_1" : !a
  %buf0 = sched.buffer "buf0" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [10] reduce [10] {
    %x = sched.load %a[10*p0 + p1] : !a
    %s = sched.reduction sum %x : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !r
  sched.node "op1" writes(%buf1 : !r) ranges [10] reduce [10] {
    %x = sched.load %a[10*p0 + p1] : !a
    %m = sched.reduction max %x : f32 -> f32
    sched.store_reduction %m, %buf1[p0] : !r
  }
  sched.output %buf0, %buf1 : !r, !r
}

// -----

// A chain fuses vertically, each consumer reading what its producer writes
// where it writes it.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @chain
// CHECK:         sched.group "op0_op1_op2" fused
// SIZE2-LABEL:   sched.graph @chain
// SIZE2:         sched.group "op0_op1" fused
// SIZE2-NOT:     sched.group
// FUEL1-LABEL:   sched.graph @chain
// FUEL1:         sched.group "op0_op1" fused
// FUEL1-NOT:     sched.group
sched.graph @chain {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.cos %v : f32
    sched.store %c, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    %c = math.sin %v : f32
    sched.store %c, %buf1[p0] : !t
  }
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %buf1[p0] : !t
    %c = math.exp %v : f32
    sched.store %c, %buf2[p0] : !t
  }
  sched.output %buf2 : !t
}

// -----

// On the CPU a reduction takes a pointwise consumer only through outer-loop
// fusion (CppScheduling.can_fuse_vertical_outer_loop): both run over the
// same 8 rows, so they share one outer loop (OuterLoopFusedSchedulerNode).
// On a GPU the pointwise epilogue runs per output (SIMD).
!a = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!r = !sched.buffer<[8], f32, strides = [1], device = "cpu">
// CHECK-LABEL: sched.graph @cpu_reduction_epilogue
// CHECK:         sched.group "op0_op1" fused attributes {{{.*}}sched.outer_loop_fusion_depth = 1 : i64, sched.outer_nodes = array<i64: 1, 1>
// SIZE2-LABEL:  sched.graph @cpu_reduction_epilogue
// FUEL1-LABEL:  sched.graph @cpu_reduction_epilogue
sched.graph @cpu_reduction_epilogue {
  %a = sched.input "arg0_1" : !a
  %buf0 = sched.buffer "buf0" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [8] reduce [16] {
    %x = sched.load %a[16*p0 + p1] : !a
    %s = sched.reduction sum %x : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !r
  sched.node "op1" writes(%buf1 : !r) ranges [8] {
    %x = sched.load %buf0[p0] : !r
    %c = math.exp %x : f32
    sched.store %c, %buf1[p0] : !r
  }
  sched.output %buf1 : !r
}

// -----

!a = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
!r = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @gpu_reduction_epilogue
// CHECK:         sched.group "op0_op1" fused
sched.graph @gpu_reduction_epilogue {
  %a = sched.input "arg0_1" : !a
  %buf0 = sched.buffer "buf0" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [8] reduce [16] {
    %x = sched.load %a[16*p0 + p1] : !a
    %s = sched.reduction sum %x : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !r
  sched.node "op1" writes(%buf1 : !r) ranges [8] {
    %x = sched.load %buf0[p0] : !r
    %c = math.exp %x : f32
    sched.store %c, %buf1[p0] : !r
  }
  sched.output %buf1 : !r
}

// -----

// PyTorch 2.11's FusionScore: when one pair shares more than 16 times the
// bytes of another, memory decides before the kind of fusion. (op0, op1)
// share x (256 KiB) but mix a reduction with a pointwise node; (op1, op2)
// are both pointwise but share only w (256 bytes). The big pair goes first,
// so with room for two nodes per kernel op2 is left alone (the seed's
// lexicographic score would have fused op1_op2 first).
!x = !sched.buffer<[64, 1024], f32, strides = [1024, 1], device = "cuda:0">
!w = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// SIZE2-LABEL:   sched.graph @memory_outweighs_kind
// SIZE2:         sched.group "op0_op1" fused
// SIZE2-NOT:     sched.group
// CHECK-LABEL:   sched.graph @memory_outweighs_kind
// CHECK:         sched.group "op0_op1_op2" fused
sched.graph @memory_outweighs_kind {
  %x = sched.input "arg0_1" : !x
  %w = sched.input "arg1_1" : !w
  %buf0 = sched.buffer "buf0" : !w
  sched.node "op0" writes(%buf0 : !w) ranges [64] reduce [1024] {
    %v = sched.load %x[1024*p0 + p1] : !x
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !w
  }
  %buf1 = sched.buffer "buf1" : !x
  sched.node "op1" writes(%buf1 : !x) ranges [64, 1024] {
    %v = sched.load %x[1024*p0 + p1] : !x
    %b = sched.load %w[p0] : !w
    %s = arith.addf %v, %b : f32
    sched.store %s, %buf1[1024*p0 + p1] : !x
  }
  %buf2 = sched.buffer "buf2" : !x
  sched.node "op2" writes(%buf2 : !x) ranges [64, 1024] {
    %b = sched.load %w[p0] : !w
    %c = math.cos %b : f32
    sched.store %c, %buf2[1024*p0 + p1] : !x
  }
  sched.output %buf0, %buf1, %buf2 : !w, !x, !x
}
