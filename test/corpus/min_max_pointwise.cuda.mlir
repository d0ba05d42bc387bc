!f32_32x32 = !sched.buffer<[32, 32], f32, strides = [32, 1], device = "cuda:0">

sched.graph @min_max_pointwise {
  %arg0_1 = sched.input "arg0_1" : !f32_32x32
  %arg1_1 = sched.input "arg1_1" : !f32_32x32
  %buf0 = sched.buffer "buf0" : !f32_32x32
  sched.node "op0" writes(%buf0 : !f32_32x32) ranges [32, 32] {
    %load = sched.load %arg0_1[32*p0 + p1] : !f32_32x32
    %load_1 = sched.load %arg1_1[32*p0 + p1] : !f32_32x32
    %minimum = arith.minimumf %load, %load_1 : f32
    %load_2 = sched.load %arg0_1[32*p0 + p1] : !f32_32x32
    %load_3 = sched.load %arg1_1[32*p0 + p1] : !f32_32x32
    %maximum = arith.maximumf %load_2, %load_3 : f32
    %mul = arith.mulf %minimum, %maximum : f32
    sched.store %mul, %buf0[32*p0 + p1] : !f32_32x32
  }
  sched.output %buf0 : !f32_32x32
}
