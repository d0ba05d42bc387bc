!f32_64x64 = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cuda:0">
!f32_scalar = !sched.buffer<[], f32, strides = [], device = "cuda:0">

sched.graph @sum_all {
  %arg0_1 = sched.input "arg0_1" : !f32_64x64
  %buf0 = sched.buffer "buf0" : !f32_scalar
  sched.node "op0" writes(%buf0 : !f32_scalar) ranges [] reduce [64, 64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_64x64
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[0] : !f32_scalar
  }
  sched.output %buf0 : !f32_scalar
}
