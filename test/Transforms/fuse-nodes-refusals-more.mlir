// More refusal reasons, each as a remark: a pair whose two nodes have
// become one, sizes a pointwise node and a reduction cannot share, every
// reason of ForeachKernelSchedulerNode.can_fuse, and the C++ backend's
// reduction producer without a shared outer loop.
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=explain=true -verify-diagnostics -o /dev/null

// Three nodes reading x: op0_op1 fuse first, then op2 joins through
// (op0, op2); the pair (op1, op2) then names one node twice.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @same_node {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0_op1_op2' with 'op0_op1_op2' [legality]: a node with itself (shared bytes: 0)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.cos %v : f32
    sched.store %c, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.sin %v : f32
    sched.store %c, %buf1[p0] : !t
  }
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.exp %v : f32
    sched.store %c, %buf2[p0] : !t
  }
  sched.output %buf0, %buf1, %buf2 : !t, !t, !t
}

// -----

// A pointwise node over 48 elements and a reduction over (8, 16) share
// w (a broadcast along the 6), but 48 is neither 8 nor 8 * 16.
!x = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
!r = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
!p = !sched.buffer<[8, 6], f32, strides = [6, 1], device = "cuda:0">
sched.graph @pointwise_and_reduction_sizes {
  %x = sched.input "arg0_1" : !x
  %w = sched.input "arg1_1" : !r
  %buf0 = sched.buffer "buf0" : !r
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: numel/rnumel mismatch (pointwise and reduction) (8, 16) vs (48, 1) (shared bytes: 32)}}
  sched.node "op0" writes(%buf0 : !r) ranges [8] reduce [16] {
    %v = sched.load %x[16*p0 + p1] : !x
    %b = sched.load %w[p0] : !r
    %m = arith.mulf %v, %b : f32
    %s = sched.reduction sum %m : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !p
  sched.node "op1" writes(%buf1 : !p) ranges [8, 6] {
    %v = sched.load %w[p0] : !r
    sched.store %v, %buf1[6*p0 + p1] : !p
  }
  sched.output %buf0, %buf1 : !r, !p
}

// -----

// A foreach node and a node that only shares its input with it: neither
// order has a part to fuse into.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @foreach_unrelated {
  %x = sched.input "arg0_1" : !t
  %y = sched.input "arg1_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0_op1' with 'op2' [legality]: candidate consumer has no dep in any foreach producer (shared bytes: 256)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.cos %v : f32
    sched.store %c, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %y[p0] : !t
    %c = math.sin %v : f32
    sched.store %c, %buf1[p0] : !t
  }
  sched.graph_list "list_0"(%buf0, %buf1 : !t, !t)
  %buf2 = sched.buffer "buf2" : !t
  // expected-remark @+1 {{not fusing 'op2' with 'op0_op1' [legality]: candidate producer is not dep of any foreach consumer (shared bytes: 256)}}
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.exp %v : f32
    sched.store %c, %buf2[p0] : !t
  }
  sched.output %buf0, %buf1, %buf2 : !t, !t, !t
}

// -----

// A reduction before a foreach node that shares its input.
!m = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cuda:0">
!r = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @reduction_then_foreach {
  %x = sched.input "arg0_1" : !m
  %buf0 = sched.buffer "buf0" : !r
  // expected-remark @+1 {{not fusing 'op0' with 'op1_op2' [legality]: candidate producer is a reduction, foreach ops cannot be fused with reductions currently (shared bytes: 16384)}}
  sched.node "op0" writes(%buf0 : !r) ranges [64] reduce [64] {
    %v = sched.load %x[64*p0 + p1] : !m
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  %buf1 = sched.buffer "buf1" : !m
  // expected-remark @+1 {{not fusing 'op1_op2' with 'op0' [legality]: candidate consumer is a reduction, foreach ops cannot be fused with reductions currently (shared bytes: 16384)}}
  sched.node "op1" writes(%buf1 : !m) ranges [64, 64] {
    %v = sched.load %x[64*p0 + p1] : !m
    %c = math.sin %v : f32
    sched.store %c, %buf1[64*p0 + p1] : !m
  }
  %buf2 = sched.buffer "buf2" : !m
  sched.node "op2" writes(%buf2 : !m) ranges [64, 64] {
    %v = sched.load %x[64*p0 + p1] : !m
    %c = math.cos %v : f32
    sched.store %c, %buf2[64*p0 + p1] : !m
  }
  sched.graph_list "list_0"(%buf1, %buf2 : !m, !m)
  sched.output %buf0, %buf1, %buf2 : !r, !m, !m
}

// -----

// Two foreach nodes of different lengths reading one input.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @foreach_lengths {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0_op1' with 'op2' [legality]: foreach do not have same length (shared bytes: 256)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.cos %v : f32
    sched.store %c, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.sin %v : f32
    sched.store %c, %buf1[p0] : !t
  }
  sched.graph_list "list_0"(%buf0, %buf1 : !t, !t)
  %buf2 = sched.buffer "buf2" : !t
  // expected-remark @+1 {{not fusing 'op2' with 'op0_op1' [legality]: foreach do not have same length (shared bytes: 256)}}
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.exp %v : f32
    sched.store %c, %buf2[p0] : !t
  }
  sched.graph_list "list_1"(%buf2 : !t)
  sched.output %buf0, %buf1, %buf2 : !t, !t, !t
}

// -----

// C++ backend: two whole-tensor sums, the second reading the first. The
// loop nests match, but the producer is a reduction, and reductions with
// no iteration loops share no outer loop.
!x = !sched.buffer<[64], f32, strides = [1], device = "cpu">
!s = !sched.buffer<[], f32, strides = [], device = "cpu">
sched.graph @cpu_reduction_producer {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !s
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: CPU producer is a reduction and shares no outer loop (shared bytes: 260)}}
  sched.node "op0" writes(%buf0 : !s) ranges [] reduce [64] {
    %v = sched.load %x[p0] : !x
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf0[0] : !s
  }
  %buf1 = sched.buffer "buf1" : !s
  sched.node "op1" writes(%buf1 : !s) ranges [] reduce [64] {
    %v = sched.load %x[p0] : !x
    %m = sched.load %buf0[0] : !s
    %d = arith.subf %v, %m : f32
    %s = sched.reduction sum %d : f32 -> f32
    sched.store_reduction %s, %buf1[0] : !s
  }
  sched.output %buf1 : !s
}

// -----

// V.graph.no_fuse_buffer_names: a node writing buf0 fuses with nothing.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @no_fuse attributes {no_fuse_buffers = ["buf0"]} {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0' with 'op1' [legality]: fusion for buffer explicit disabled: 'buf0' (shared bytes: 0)}}
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
  sched.output %buf1 : !t
}
