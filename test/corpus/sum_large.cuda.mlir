!f32_1024x1024 = !sched.buffer<[1024, 1024], f32, strides = [1024, 1], device = "cuda:0">
!f32_128 = !sched.buffer<[128], f32, strides = [1], device = "cuda:0">
!f32_scalar = !sched.buffer<[], f32, strides = [], device = "cuda:0">

sched.graph @sum_large {
  %arg0_1 = sched.input "arg0_1" : !f32_1024x1024
  %buf0 = sched.buffer "buf0" : !f32_128
  sched.node "op0" writes(%buf0 : !f32_128) ranges [128] reduce [8192] {
    %load = sched.load %arg0_1[8192*p0 + p1] : !f32_1024x1024
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_128
  }
  %buf1 = sched.buffer "buf1" : !f32_scalar
  sched.node "op1" writes(%buf1 : !f32_scalar) ranges [] reduce [128] {
    %load = sched.load %buf0[p0] : !f32_128
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf1[0] : !f32_scalar
  }
  sched.output %buf1 : !f32_scalar
}
