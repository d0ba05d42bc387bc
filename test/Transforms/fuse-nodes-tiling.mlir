// Triton's tiling checks (SIMDScheduling.can_fuse with
// tiling_prevents_pointwise_fusion / tiling_prevents_reduction_fusion).
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=explain=true -verify-diagnostics -o /dev/null
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=tiling-prevents-pointwise-fusion=false | FileCheck %s --check-prefix=OFF

// op0 reads x with its first loop contiguous: its kernel wants the tiling
// (8, 512). op1 writes buf1 with its second loop contiguous: (64, 64),
// which also wins for the two together. The tilings differ, so the two do
// not fuse although they share y.
!t = !sched.buffer<[8, 8, 64], f32, strides = [512, 64, 1], device = "cuda:0">
!u = !sched.buffer<[8, 64, 8], f32, strides = [512, 8, 1], device = "cuda:0">
// OFF-LABEL: sched.graph @tilings_differ
// OFF:         sched.group "op0_op1" fused
sched.graph @tilings_differ {
  %x = sched.input "arg0_1" : !t
  %y = sched.input "arg1_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: tiling mismatch ([8, 512, 1], [64, 64, 1], [64, 64, 1]) (shared bytes: 16384)}}
  sched.node "op0" writes(%buf0 : !t) ranges [8, 8, 64] {
    %a = sched.load %x[p0 + 8*p1 + 64*p2] : !t
    %b = sched.load %y[512*p0 + 64*p1 + p2] : !t
    %s = arith.addf %a, %b : f32
    sched.store %s, %buf0[512*p0 + 64*p1 + p2] : !t
  }
  %buf1 = sched.buffer "buf1" : !u
  sched.node "op1" writes(%buf1 : !u) ranges [8, 8, 64] {
    %b = sched.load %y[512*p0 + 64*p1 + p2] : !t
    %c = math.cos %b : f32
    sched.store %c, %buf1[512*p0 + p1 + 8*p2] : !u
  }
  sched.output %buf0, %buf1 : !t, !u
}

// -----

// When only one side wants a 2-D tiling and the pair keeps it, they fuse.
!t = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cuda:0">
// OFF-LABEL: sched.graph @one_side_tiled
// OFF:         sched.group "op0_op1" fused
sched.graph @one_side_tiled {
  %x = sched.input "arg0_1" : !t
  %y = sched.input "arg1_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64, 64] {
    %a = sched.load %x[p0 + 64*p1] : !t
    %b = sched.load %y[64*p0 + p1] : !t
    %s = arith.addf %a, %b : f32
    sched.store %s, %buf0[64*p0 + p1] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64, 64] {
    %b = sched.load %y[64*p0 + p1] : !t
    %c = math.cos %b : f32
    sched.store %c, %buf1[64*p0 + p1] : !t
  }
  sched.output %buf0, %buf1 : !t, !t
}

// -----

// A pointwise node whose read of x is contiguous along its first loop is
// tiled (4, 1024); it could run inside the reduction over (32, 128) rows
// of its output (the two share buf0 once the loops are merged, in the
// reorder round), but not with that tiling.
!t = !sched.buffer<[4, 8, 128], f32, strides = [1024, 128, 1], device = "cuda:0">
!r = !sched.buffer<[32], f32, strides = [1], device = "cuda:0">
sched.graph @reduction_tiling {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+2 {{not fusing 'op0' with 'op1' [score]: no shared data (shared bytes: 0)}}
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: invalid tiling for reduction: 'op0' is tiled [4, 1024, 1] (shared bytes: 16384)}}
  sched.node "op0" writes(%buf0 : !t) ranges [4, 8, 128] {
    %a = sched.load %x[p0 + 4*p1 + 32*p2] : !t
    %c = math.cos %a : f32
    sched.store %c, %buf0[1024*p0 + 128*p1 + p2] : !t
  }
  %buf1 = sched.buffer "buf1" : !r
  sched.node "op1" writes(%buf1 : !r) ranges [32] reduce [128] {
    %v = sched.load %buf0[128*p0 + p1] : !t
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf1[p0] : !r
  }
  sched.output %buf1 : !r
}
