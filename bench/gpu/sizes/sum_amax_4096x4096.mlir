!f32_4096x4096 = !sched.buffer<[4096, 4096], f32, strides = [4096, 1], device = "cuda:0">
!f32_4096 = !sched.buffer<[4096], f32, strides = [1], device = "cuda:0">

sched.graph @sum_amax {
  %arg0_1 = sched.input "arg0_1" : !f32_4096x4096
  %buf0 = sched.buffer "buf0" : !f32_4096
  %buf1 = sched.buffer "buf1" : !f32_4096
  sched.node "op0" writes(%buf0 : !f32_4096) ranges [4096] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_4096x4096
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_4096
  }
  sched.node "op1" writes(%buf1 : !f32_4096) ranges [4096] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_4096x4096
    %reduction = sched.reduction max %load : f32 -> f32
    sched.store_reduction %reduction, %buf1[p0] : !f32_4096
  }
  sched.output %buf0, %buf1 : !f32_4096, !f32_4096
}
