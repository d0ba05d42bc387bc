!f32_8x1x16 = !sched.buffer<[8, 1, 16], f32, strides = [16, 16, 1], device = "cuda:0">
!f32_1x4x16 = !sched.buffer<[1, 4, 16], f32, strides = [64, 16, 1], device = "cuda:0">
!f32_8x4x16 = !sched.buffer<[8, 4, 16], f32, strides = [64, 16, 1], device = "cuda:0">

sched.graph @broadcast_add {
  %arg0_1 = sched.input "arg0_1" : !f32_8x1x16
  %arg1_1 = sched.input "arg1_1" : !f32_1x4x16
  %buf0 = sched.buffer "buf0" : !f32_8x4x16
  sched.node "op0" writes(%buf0 : !f32_8x4x16) ranges [8, 4, 16] {
    %load = sched.load %arg0_1[16*p0 + p2] : !f32_8x1x16
    %load_1 = sched.load %arg1_1[16*p1 + p2] : !f32_1x4x16
    %add = arith.addf %load, %load_1 : f32
    sched.store %add, %buf0[64*p0 + 16*p1 + p2] : !f32_8x4x16
  }
  sched.output %buf0 : !f32_8x4x16
}
