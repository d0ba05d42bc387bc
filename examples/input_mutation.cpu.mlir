// An in-place update of a graph input: arg0_1.add_(1.0), then
// arg0_1 * arg1_1, with float32 [8192, 4096] inputs, as PyTorch 2.11's
// Inductor hands it to Scheduler._init on cpu
// (../shared/inductor-dumps: input_mutation). op0 computes the product from
// arg0_1 + 1.0, op1 computes arg0_1 + 1.0 into buf1, and op2 copies buf1 back
// into arg0_1: buf2 has a MutationLayoutSHOULDREMOVE with
// buf2.mutations = ['arg0_1']. Both buf0 and buf2 have an OUTPUT user.
//
//   def f(x, y):
//       x.add_(1.0)
//       return x * y
//
// Inductor 2.11 fuses op0, op1 and op2 into op0_op1_op2 (FusedSchedulerNode)
// on cpu.

!t = !sched.buffer<[8192, 4096], f32, strides = [4096, 1], device = "cpu">

sched.graph @input_mutation {
  %arg0_1 = sched.input "arg0_1" : !t
  %arg1_1 = sched.input "arg1_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // op0.sizes = ([33554432], [])
  // var_ranges = {p0: 33554432}; no reduction variable.
  sched.node "op0" writes(%buf0 : !t) ranges [33554432] {
    %load = sched.load %arg0_1[p0] : !t
    %constant = arith.constant 1.0 : f32
    %add = arith.addf %load, %constant : f32
    %load_1 = sched.load %arg1_1[p0] : !t
    %mul = arith.mulf %add, %load_1 : f32
    sched.store %mul, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  // op1.sizes = ([33554432], [])
  // var_ranges = {p0: 33554432}; no reduction variable.
  sched.node "op1" writes(%buf1 : !t) ranges [33554432] {
    %load = sched.load %arg0_1[p0] : !t
    %constant = arith.constant 1.0 : f32
    %add = arith.addf %load, %constant : f32
    sched.store %add, %buf1[p0] : !t
  }
  %buf2 = sched.mutation "buf2" mutates(%arg0_1 : !t) : !t
  // op2.sizes = ([33554432], [])
  // var_ranges = {p0: 33554432}; no reduction variable.
  sched.node "op2" writes(%buf2 : !t) ranges [33554432] {
    %load = sched.load %buf1[p0] : !t
    sched.store %load, %buf2[p0] : !t
  }
  sched.output %buf0, %buf2 : !t, !t
}
