// Each reason the fusion loop refuses a candidate pair, reported as a remark
// with its kind and the numbers behind it (reference cases 21-34).
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=explain=true -verify-diagnostics -o /dev/null

// Case 21: nodes on different devices.
!c = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
!h = !sched.buffer<[64], f32, strides = [1], device = "cpu">
!s = !sched.buffer<[], f32, strides = [], device = "cpu">
sched.graph @devices {
  %x = sched.input "arg0_1" : !s
  %buf0 = sched.buffer "buf0" : !c
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: device mismatch (cuda:0 vs cpu) (shared bytes: 0)}}
  sched.node "op0" writes(%buf0 : !c) ranges [64] {
    %v = sched.load %x[0] : !s
    sched.store %v, %buf0[p0] : !c
  }
  %buf1 = sched.buffer "buf1" : !h
  sched.node "op1" writes(%buf1 : !h) ranges [64] {
    %v = sched.load %x[0] : !s
    sched.store %v, %buf1[p0] : !h
  }
  sched.output %buf0, %buf1 : !c, !h
}

// -----

// Case 25: a horizontal pair that shares only a 4-byte scalar.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
!s = !sched.buffer<[], f32, strides = [], device = "cuda:0">
sched.graph @scalar_only {
  %x = sched.input "arg0_1" : !s
  %a = sched.input "arg1_1" : !t
  %b = sched.input "arg2_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [score]: score_fusion_memory_threshold: 4 < 10 (shared bytes: 4)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[0] : !s
    %w = sched.load %a[p0] : !t
    %s = arith.addf %v, %w : f32
    sched.store %s, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %x[0] : !s
    %w = sched.load %b[p0] : !t
    %s = arith.addf %v, %w : f32
    sched.store %s, %buf1[p0] : !t
  }
  sched.output %buf0, %buf1 : !t, !t
}

// -----

// Case 28 and 37: pointwise groups (100, 1) and (50, 1) that share a read
// (the trailing unused loop of op0 is dropped from its dependency).
!c = !sched.buffer<[50], f32, strides = [1], device = "cuda:0">
!x = !sched.buffer<[50, 2], f32, strides = [2, 1], device = "cuda:0">
!y = !sched.buffer<[50], f32, strides = [1], device = "cuda:0">
sched.graph @numel_mismatch {
  %c = sched.input "arg0_1" : !c
  %buf0 = sched.buffer "buf0" : !x
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: numel/rnumel mismatch (non-reduce) (100, 1) vs (50, 1) (shared bytes: 200)}}
  sched.node "op0" writes(%buf0 : !x) ranges [50, 2] {
    %v = sched.load %c[p0] : !c
    sched.store %v, %buf0[2*p0 + p1] : !x
  }
  %buf1 = sched.buffer "buf1" : !y
  sched.node "op1" writes(%buf1 : !y) ranges [50] {
    %v = sched.load %c[p0] : !c
    sched.store %v, %buf1[p0] : !y
  }
  sched.output %buf0, %buf1 : !x, !y
}

// -----

// Case 30: P writes buf0[d0], C reads buf0[d0 + 1]: they share w, but the
// read is not where the write is.
!t = !sched.buffer<[65], f32, strides = [1], device = "cuda:0">
!w = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @shifted_read {
  %x = sched.input "arg0_1" : !t
  %w = sched.input "arg1_1" : !w
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: memory deps did not match: 'buf0' is read at other places than it is written (shared bytes: 256)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.cos %v : f32
    %u = sched.load %w[p0] : !w
    %s = arith.addf %c, %u : f32
    sched.store %s, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !w
  sched.node "op1" writes(%buf1 : !w) ranges [64] {
    %v = sched.load %buf0[p0 + 1] : !t
    %u = sched.load %w[p0] : !w
    %s = arith.mulf %v, %u : f32
    sched.store %s, %buf1[p0] : !w
  }
  sched.output %buf1 : !w
}

// -----

// Case 31: the same with an indirect read.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
!i = !sched.buffer<[64], i64, strides = [1], device = "cuda:0">
sched.graph @indirect_read {
  %x = sched.input "arg0_1" : !t
  %idx = sched.input "arg1_1" : !i
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: memory deps did not match: 'buf0' is read at other places than it is written (shared bytes: 256)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %j = sched.load %idx[p0] : !i
    %k = sched.indirect_indexing %j size 64 : i64
    %v = sched.load %buf0[indirect0] indirect(%k) : !t
    %u = sched.load %x[p0] : !t
    %s = arith.addf %v, %u : f32
    sched.store %s, %buf1[p0] : !t
  }
  sched.output %buf1 : !t
}

// -----

// Case 32: x.flip() + y read before x.add_(y): the mutation is not in
// place where the reader reads, so the weak dependency is not fusable.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @flip_then_mutate {
  %x = sched.input "arg0_1" : !t
  %y = sched.input "arg1_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: memory deps did not match: 'buf0' is read at other places than it is written (shared bytes: 256)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[-p0 + 63] : !t
    %w = sched.load %y[p0] : !t
    %s = arith.addf %v, %w : f32
    sched.store %s, %buf0[p0] : !t
  }
  %buf1 = sched.mutation "buf1" mutates(%x : !t) : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %w = sched.load %y[p0] : !t
    %s = arith.addf %v, %w : f32
    sched.store %s, %buf1[p0] : !t
  }
  sched.output %buf0 : !t
}

// -----

// Case 33: A -> E (extern) -> B, with B also reading A.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @intermediate_extern {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0' with 'op2' [legality]: intermediate nodes between node1 & node2: 'op1' (shared bytes: 256)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.extern "op1" "aten.special_op"(%buf0 : !t) writes(%buf1 : !t)
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %a = sched.load %buf0[p0] : !t
    %b = sched.load %buf1[p0] : !t
    %s = arith.addf %a, %b : f32
    sched.store %s, %buf2[p0] : !t
  }
  sched.output %buf2 : !t
}

// -----

// Case 34: P -> Q and R -> S through shifted reads (never fusable); Q and R
// share two inputs and fuse first; P and S share z, but fusing them would
// put the group QR both after P and before S.
!t = !sched.buffer<[65], f32, strides = [1], device = "cuda:0">
!u = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @cycle {
  %y1 = sched.input "arg0_1" : !u
  %y2 = sched.input "arg1_1" : !u
  %z = sched.input "arg2_1" : !u
  %bufP = sched.buffer "buf0" : !t
  // expected-remark @+3 {{not fusing 'op0' with 'op1' [score]: no shared data (shared bytes: 0)}}
  // expected-remark @+2 {{not fusing 'op0' with 'op3' [cycle]: will create cycle (shared bytes: 256)}}
  // expected-remark @+1 {{not fusing 'op0' with 'op1_op2' [score]: no shared data (shared bytes: 0)}}
  sched.node "op0" writes(%bufP : !t) ranges [64] {
    %v = sched.load %z[p0] : !u
    sched.store %v, %bufP[p0] : !t
  }
  %bufQ = sched.buffer "buf1" : !u
  // expected-remark @+1 {{not fusing 'op1_op2' with 'op3' [score]: no shared data (shared bytes: 0)}}
  sched.node "op1" writes(%bufQ : !u) ranges [64] {
    %a = sched.load %bufP[p0 + 1] : !t
    %b = sched.load %y1[p0] : !u
    %c = sched.load %y2[p0] : !u
    %s = arith.addf %a, %b : f32
    %r = arith.addf %s, %c : f32
    sched.store %r, %bufQ[p0] : !u
  }
  %bufR = sched.buffer "buf2" : !t
  // expected-remark @+1 {{not fusing 'op2' with 'op3' [score]: no shared data (shared bytes: 0)}}
  sched.node "op2" writes(%bufR : !t) ranges [64] {
    %b = sched.load %y1[p0] : !u
    %c = sched.load %y2[p0] : !u
    %r = arith.mulf %b, %c : f32
    sched.store %r, %bufR[p0] : !t
  }
  %bufS = sched.buffer "buf3" : !u
  sched.node "op3" writes(%bufS : !u) ranges [64] {
    %a = sched.load %bufR[p0 + 1] : !t
    %b = sched.load %z[p0] : !u
    %r = arith.addf %a, %b : f32
    sched.store %r, %bufS[p0] : !u
  }
  sched.output %bufQ, %bufS : !u, !u
}

// -----

// C++ backend: a row reduction over 8 rows and a consumer that reads the 8
// sums as 2 x 4 and stores them transposed (loops [2, 4], which cannot
// merge) share data but no outer loop, so CppScheduling.can_fuse_vertical
// refuses them.
!a = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!r = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!o = !sched.buffer<[4, 2], f32, strides = [2, 1], device = "cpu">
sched.graph @cpu_no_shared_outer_loop {
  %a = sched.input "arg0_1" : !a
  %buf0 = sched.buffer "buf0" : !r
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: CPU loop nests do not match and share no outer loop (shared bytes: 32)}}
  sched.node "op0" writes(%buf0 : !r) ranges [8] reduce [16] {
    %x = sched.load %a[16*p0 + p1] : !a
    %s = sched.reduction sum %x : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !o
  sched.node "op1" writes(%buf1 : !o) ranges [2, 4] {
    %x = sched.load %buf0[4*p0 + p1] : !r
    %c = math.exp %x : f32
    sched.store %c, %buf1[p0 + 2*p1] : !o
  }
  sched.output %buf1 : !o
}
