!f32_32x64 = !sched.buffer<[32, 64], f32, strides = [64, 1], device = "cpu">
!f32_64x32 = !sched.buffer<[64, 32], f32, strides = [1, 64], device = "cpu">

sched.graph @transpose_reuse {
  %arg0_1 = sched.input "arg0_1" : !f32_32x64
  %buf0 = sched.buffer "buf0" : !f32_32x64
  sched.node "op0" writes(%buf0 : !f32_32x64) ranges [2048] {
    %load = sched.load %arg0_1[p0] : !f32_32x64
    %exp = math.exp %load : f32
    sched.store %exp, %buf0[p0] : !f32_32x64
  }
  %buf1 = sched.buffer "buf1" : !f32_64x32
  sched.node "op1" writes(%buf1 : !f32_64x32) ranges [2048] {
    %load = sched.load %buf0[p0] : !f32_32x64
    %constant = arith.constant 1.0 : f32
    %add = arith.addf %load, %constant : f32
    sched.store %add, %buf1[p0] : !f32_64x32
  }
  sched.output %buf0, %buf1 : !f32_32x64, !f32_64x32
}
