!f32_64x128 = !sched.buffer<[64, 128], f32, strides = [128, 1], device = "cuda:0">
!f32_128 = !sched.buffer<[128], f32, strides = [1], device = "cuda:0">

sched.graph @sum_cols {
  %arg0_1 = sched.input "arg0_1" : !f32_64x128
  %buf0 = sched.buffer "buf0" : !f32_128
  sched.node "op0" writes(%buf0 : !f32_128) ranges [128] reduce [64] {
    %load = sched.load %arg0_1[p0 + 128*p1] : !f32_64x128
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_128
  }
  sched.output %buf0 : !f32_128
}
