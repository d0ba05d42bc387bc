// Two users of one add: (arg0_1 + arg1_1).sum(dim=1) and
// (arg0_1 + arg1_1) * 2, with float32 [8, 16] inputs, as PyTorch 2.11's
// Inductor hands it to Scheduler._init on cuda
// (../shared/inductor-dumps: add_two_users_sum). Inductor inlines the add
// into both users, so op0 and op1 each load arg0_1 and arg1_1.
//
//   def f(a, b):
//       return ((a + b).sum(1), (a + b) * 2)
//
// Inductor 2.11 fuses op0 and op1 into op0_op1 (FusedSchedulerNode) on cuda.

!mat = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
!vec = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">

sched.graph @add_two_users_sum {
  %arg0_1 = sched.input "arg0_1" : !mat
  %arg1_1 = sched.input "arg1_1" : !mat
  %buf0 = sched.buffer "buf0" : !vec
  // op0.sizes = ([8], [16])
  // var_ranges = {p0: 8, p1: 16}; p1 is the reduction variable.
  sched.node "op0" writes(%buf0 : !vec) ranges [8] reduce [16] {
    %load = sched.load %arg0_1[16*p0 + p1] : !mat
    %load_1 = sched.load %arg1_1[16*p0 + p1] : !mat
    %add = arith.addf %load, %load_1 : f32
    %reduction = sched.reduction sum %add : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !vec
  }
  %buf1 = sched.buffer "buf1" : !mat
  // op1.sizes = ([8, 16], [])
  // var_ranges = {p0: 8, p1: 16}; no reduction variable.
  sched.node "op1" writes(%buf1 : !mat) ranges [8, 16] {
    %load = sched.load %arg0_1[16*p0 + p1] : !mat
    %load_1 = sched.load %arg1_1[16*p0 + p1] : !mat
    %add = arith.addf %load, %load_1 : f32
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %add, %constant : f32
    sched.store %mul, %buf1[16*p0 + p1] : !mat
  }
  sched.output %buf0, %buf1 : !vec, !mat
}
