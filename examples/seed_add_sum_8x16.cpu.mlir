// The seed program: add = arg0_1 + arg1_1; sum_1 = add.sum(dim=1), with
// float32 [8, 16] inputs, as PyTorch 2.11's Inductor hands it to
// Scheduler._init on cpu (../shared/inductor-dumps: seed_add_sum_8x16).
//
//   def f(a, b):
//       return (a + b).sum(1)
//
// Inductor 2.11 leaves op0 as a single SchedulerNode op0 after fusion on cpu.

!in = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!out = !sched.buffer<[8], f32, strides = [1], device = "cpu">

sched.graph @seed_add_sum_8x16 {
  %arg0_1 = sched.input "arg0_1" : !in
  %arg1_1 = sched.input "arg1_1" : !in
  %buf0 = sched.buffer "buf0" : !out
  // op0.sizes = ([8], [16])
  // var_ranges = {p0: 8, p1: 16}; p1 is the reduction variable.
  sched.node "op0" writes(%buf0 : !out) ranges [8] reduce [16] {
    %load = sched.load %arg0_1[16*p0 + p1] : !in
    %load_1 = sched.load %arg1_1[16*p0 + p1] : !in
    %add = arith.addf %load, %load_1 : f32
    %reduction = sched.reduction sum %add : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !out
  }
  sched.output %buf0 : !out
}
