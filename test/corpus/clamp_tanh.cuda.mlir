!f32_32x32 = !sched.buffer<[32, 32], f32, strides = [32, 1], device = "cuda:0">

sched.graph @clamp_tanh {
  %arg0_1 = sched.input "arg0_1" : !f32_32x32
  %buf0 = sched.buffer "buf0" : !f32_32x32
  sched.node "op0" writes(%buf0 : !f32_32x32) ranges [32, 32] {
    %load = sched.load %arg0_1[32*p0 + p1] : !f32_32x32
    %constant = arith.constant -1.0 : f32
    %maximum = arith.maximumf %load, %constant : f32
    %constant_1 = arith.constant 1.0 : f32
    %minimum = arith.minimumf %maximum, %constant_1 : f32
    %tanh = math.tanh %minimum : f32
    %load_1 = sched.load %arg0_1[32*p0 + p1] : !f32_32x32
    %neg = arith.negf %load_1 : f32
    %exp = math.exp %neg : f32
    %add = arith.addf %tanh, %exp : f32
    sched.store %add, %buf0[32*p0 + p1] : !f32_32x32
  }
  sched.output %buf0 : !f32_32x32
}
