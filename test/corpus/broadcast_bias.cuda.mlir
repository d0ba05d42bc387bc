!f32_32x64 = !sched.buffer<[32, 64], f32, strides = [64, 1], device = "cuda:0">
!f32_32x1 = !sched.buffer<[32, 1], f32, strides = [1, 1], device = "cuda:0">
!f32_64 = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">

sched.graph @broadcast_bias {
  %arg0_1 = sched.input "arg0_1" : !f32_32x64
  %arg1_1 = sched.input "arg1_1" : !f32_32x1
  %arg2_1 = sched.input "arg2_1" : !f32_64
  %buf0 = sched.buffer "buf0" : !f32_32x64
  sched.node "op0" writes(%buf0 : !f32_32x64) ranges [32, 64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_32x64
    %load_1 = sched.load %arg1_1[p0] : !f32_32x1
    %mul = arith.mulf %load, %load_1 : f32
    %load_2 = sched.load %arg2_1[p1] : !f32_64
    %add = arith.addf %mul, %load_2 : f32
    sched.store %add, %buf0[64*p0 + p1] : !f32_32x64
  }
  sched.output %buf0 : !f32_32x64
}
