// A column sum through a transpose: (arg0_1 + arg1_1.t()).sum(dim=0), with
// float32 [4096, 4096] inputs, as PyTorch 2.11's Inductor hands it to
// Scheduler._init on cuda (../shared/inductor-dumps: transpose_add_sum).
// Inductor splits the 4096-long reduction in two: op0 reduces 128 elements
// into 32 partial sums per column (buf0), op1 reduces those 32 (buf1).
//
//   def f(a, b):
//       return (a + b.t()).sum(0)
//
// Inductor 2.11 does not fuse op0 and op1 on cuda: after fusion they remain
// the SchedulerNodes op0 and op1.

!in = !sched.buffer<[4096, 4096], f32, strides = [4096, 1], device = "cuda:0">
!part = !sched.buffer<[4096, 32], f32, strides = [32, 1], device = "cuda:0">
!out = !sched.buffer<[4096], f32, strides = [1], device = "cuda:0">

sched.graph @transpose_add_sum {
  %arg0_1 = sched.input "arg0_1" : !in
  %arg1_1 = sched.input "arg1_1" : !in
  %buf0 = sched.buffer "buf0" : !part
  // op0.sizes = ([4096, 32], [128])
  // var_ranges = {p0: 4096, p1: 32, p2: 128}; p2 is the reduction variable.
  sched.node "op0" writes(%buf0 : !part) ranges [4096, 32] reduce [128] {
    %load = sched.load %arg1_1[p0 + 524288*p1 + 4096*p2] : !in
    %load_1 = sched.load %arg0_1[4096*p0 + 128*p1 + p2] : !in
    %add = arith.addf %load, %load_1 : f32
    %reduction = sched.reduction sum %add : f32 -> f32
    sched.store_reduction %reduction, %buf0[32*p0 + p1] : !part
  }
  %buf1 = sched.buffer "buf1" : !out
  // op1.sizes = ([4096], [32])
  // var_ranges = {p0: 4096, p1: 32}; p1 is the reduction variable.
  sched.node "op1" writes(%buf1 : !out) ranges [4096] reduce [32] {
    %load = sched.load %buf0[32*p0 + p1] : !part
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf1[p0] : !out
  }
  sched.output %buf1 : !out
}
