!f32_32x32 = !sched.buffer<[32, 32], f32, strides = [32, 1], device = "cuda:0">

sched.graph @where_mask {
  %arg0_1 = sched.input "arg0_1" : !f32_32x32
  %arg1_1 = sched.input "arg1_1" : !f32_32x32
  %buf0 = sched.buffer "buf0" : !f32_32x32
  sched.node "op0" writes(%buf0 : !f32_32x32) ranges [32, 32] {
    %load = sched.load %arg0_1[32*p0 + p1] : !f32_32x32
    %constant = arith.constant 0.0 : f32
    %gt = arith.cmpf ogt, %load, %constant : f32
    %load_1 = sched.load %arg0_1[32*p0 + p1] : !f32_32x32
    %load_2 = sched.load %arg1_1[32*p0 + p1] : !f32_32x32
    %constant_1 = arith.constant 2.0 : f32
    %mul = arith.mulf %load_2, %constant_1 : f32
    %where = arith.select %gt, %load_1, %mul : f32
    sched.store %where, %buf0[32*p0 + p1] : !f32_32x32
  }
  sched.output %buf0 : !f32_32x32
}
