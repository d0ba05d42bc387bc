!f32_64x64 = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cpu">

sched.graph @transpose_add {
  %arg0_1 = sched.input "arg0_1" : !f32_64x64
  %buf0 = sched.buffer "buf0" : !f32_64x64
  sched.node "op0" writes(%buf0 : !f32_64x64) ranges [64, 64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_64x64
    %load_1 = sched.load %arg0_1[p0 + 64*p1] : !f32_64x64
    %add = arith.addf %load, %load_1 : f32
    sched.store %add, %buf0[64*p0 + p1] : !f32_64x64
  }
  sched.output %buf0 : !f32_64x64
}
