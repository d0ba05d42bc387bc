// A dead value: y = arg0_1 * 2 is returned as y + 1, and z = y.sum() is
// never used, with a float32 [1024, 1024] input, as PyTorch 2.11's Inductor
// hands it to Scheduler._init on cpu (../shared/inductor-dumps: dead_value).
// The unused sum is not among the nodes handed to the scheduler: only buf0
// is, and op0 computes arg0_1 * 2.0 + 1.0 in one loop body.
//
//   def f(x):
//       y = x * 2
//       z = y.sum()  # unused
//       return y + 1
//
// Inductor 2.11 leaves op0 as a single SchedulerNode op0 after fusion on cpu.

!t = !sched.buffer<[1024, 1024], f32, strides = [1024, 1], device = "cpu">

sched.graph @dead_value {
  %arg0_1 = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // op0.sizes = ([1048576], [])
  // var_ranges = {p0: 1048576}; no reduction variable.
  sched.node "op0" writes(%buf0 : !t) ranges [1048576] {
    %load = sched.load %arg0_1[p0] : !t
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %load, %constant : f32
    %constant_1 = arith.constant 1.0 : f32
    %add = arith.addf %mul, %constant_1 : f32
    sched.store %add, %buf0[p0] : !t
  }
  sched.output %buf0 : !t
}
