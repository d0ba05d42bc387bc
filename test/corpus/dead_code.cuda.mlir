!f32_32x32 = !sched.buffer<[32, 32], f32, strides = [32, 1], device = "cuda:0">

sched.graph @dead_code {
  %arg0_1 = sched.input "arg0_1" : !f32_32x32
  %arg1_1 = sched.input "arg1_1" : !f32_32x32
  %buf0 = sched.buffer "buf0" : !f32_32x32
  sched.node "op0" writes(%buf0 : !f32_32x32) ranges [32, 32] {
    %load = sched.load %arg0_1[32*p0 + p1] : !f32_32x32
    %load_1 = sched.load %arg1_1[32*p0 + p1] : !f32_32x32
    %sub = arith.subf %load, %load_1 : f32
    sched.store %sub, %buf0[32*p0 + p1] : !f32_32x32
  }
  sched.output %buf0 : !f32_32x32
}
