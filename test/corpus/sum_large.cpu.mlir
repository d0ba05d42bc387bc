!f32_1024x1024 = !sched.buffer<[1024, 1024], f32, strides = [1024, 1], device = "cpu">
!f32_scalar = !sched.buffer<[], f32, strides = [], device = "cpu">

sched.graph @sum_large {
  %arg0_1 = sched.input "arg0_1" : !f32_1024x1024
  %buf0 = sched.buffer "buf0" : !f32_scalar
  sched.node "op0" writes(%buf0 : !f32_scalar) ranges [] reduce [1048576] {
    %load = sched.load %arg0_1[p0] : !f32_1024x1024
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[0] : !f32_scalar
  }
  sched.output %buf0 : !f32_scalar
}
