!f32_4x64x32 = !sched.buffer<[4, 64, 32], f32, strides = [2048, 32, 1], device = "cpu">
!f32_4x32x64 = !sched.buffer<[4, 32, 64], f32, strides = [2048, 64, 1], device = "cpu">

sched.graph @transpose_flatten {
  %arg0_1 = sched.input "arg0_1" : !f32_4x64x32
  %buf0 = sched.buffer "buf0" : !f32_4x32x64
  sched.node "op0" writes(%buf0 : !f32_4x32x64) ranges [4, 32, 64] {
    %load = sched.load %arg0_1[2048*p0 + p1 + 32*p2] : !f32_4x64x32
    %cos = math.cos %load : f32
    sched.store %cos, %buf0[2048*p0 + 64*p1 + p2] : !f32_4x32x64
  }
  sched.output %buf0 : !f32_4x32x64
}
