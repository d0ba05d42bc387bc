// (a + b).sum(1) on [64, 8192] inputs, for nvvm.mlir's 128-bit access check.
!in = !sched.buffer<[64, 8192], f32, strides = [8192, 1], device = "cuda:0">
!out = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">

sched.graph @add_sum_rows {
  %a = sched.input "arg0_1" : !in
  %b = sched.input "arg1_1" : !in
  %buf0 = sched.buffer "buf0" : !out
  sched.node "op0" writes(%buf0 : !out) ranges [64] reduce [8192] {
    %x = sched.load %a[8192*p0 + p1] : !in
    %y = sched.load %b[8192*p0 + p1] : !in
    %s = arith.addf %x, %y : f32
    %r = sched.reduction sum %s : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !out
  }
  sched.output %buf0 : !out
}
