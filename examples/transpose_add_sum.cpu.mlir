// A column sum through a transpose: (arg0_1 + arg1_1.t()).sum(dim=0), with
// float32 [4096, 4096] inputs, as PyTorch 2.11's Inductor hands it to
// Scheduler._init on cpu (../shared/inductor-dumps: transpose_add_sum).
// On cpu Inductor keeps the 4096-long reduction in one node, op0.
//
//   def f(a, b):
//       return (a + b.t()).sum(0)
//
// Inductor 2.11 leaves op0 as a single SchedulerNode op0 after fusion on cpu.

!in = !sched.buffer<[4096, 4096], f32, strides = [4096, 1], device = "cpu">
!out = !sched.buffer<[4096], f32, strides = [1], device = "cpu">

sched.graph @transpose_add_sum {
  %arg0_1 = sched.input "arg0_1" : !in
  %arg1_1 = sched.input "arg1_1" : !in
  %buf0 = sched.buffer "buf0" : !out
  // op0.sizes = ([4096], [4096])
  // var_ranges = {p0: 4096, p1: 4096}; p1 is the reduction variable.
  sched.node "op0" writes(%buf0 : !out) ranges [4096] reduce [4096] {
    %load = sched.load %arg1_1[p0 + 4096*p1] : !in
    %load_1 = sched.load %arg0_1[4096*p0 + p1] : !in
    %add = arith.addf %load, %load_1 : f32
    %reduction = sched.reduction sum %add : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !out
  }
  sched.output %buf0 : !out
}
