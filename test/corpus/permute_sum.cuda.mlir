!f32_32x16 = !sched.buffer<[32, 16], f32, strides = [16, 1], device = "cuda:0">
!f32_16x4 = !sched.buffer<[16, 4], f32, strides = [4, 1], device = "cuda:0">

sched.graph @permute_sum {
  %arg0_1 = sched.input "arg0_1" : !f32_32x16
  %buf0 = sched.buffer "buf0" : !f32_16x4
  sched.node "op0" writes(%buf0 : !f32_16x4) ranges [16, 4] reduce [8] {
    %load = sched.load %arg0_1[p0 + 128*p1 + 16*p2] : !f32_32x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[4*p0 + p1] : !f32_16x4
  }
  sched.output %buf0 : !f32_16x4
}
