!f32_32x48 = !sched.buffer<[32, 48], f32, strides = [48, 1], device = "cuda:0">
!f32_48x32 = !sched.buffer<[48, 32], f32, strides = [32, 1], device = "cuda:0">

sched.graph @transpose_contiguous {
  %arg0_1 = sched.input "arg0_1" : !f32_32x48
  %buf0 = sched.buffer "buf0" : !f32_48x32
  sched.node "op0" writes(%buf0 : !f32_48x32) ranges [48, 32] {
    %load = sched.load %arg0_1[p0 + 48*p1] : !f32_32x48
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %load, %constant : f32
    sched.store %mul, %buf0[32*p0 + p1] : !f32_48x32
  }
  sched.output %buf0 : !f32_48x32
}
