!f32_64x128 = !sched.buffer<[64, 128], f32, strides = [128, 1], device = "cuda:0">
!f32_64 = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">

sched.graph @sum_rows {
  %arg0_1 = sched.input "arg0_1" : !f32_64x128
  %buf0 = sched.buffer "buf0" : !f32_64
  sched.node "op0" writes(%buf0 : !f32_64) ranges [64] reduce [128] {
    %load = sched.load %arg0_1[128*p0 + p1] : !f32_64x128
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_64
  }
  sched.output %buf0 : !f32_64
}
