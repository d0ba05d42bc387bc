!f32_32x64 = !sched.buffer<[32, 64], f32, strides = [64, 1], device = "cuda:0">
!f32_64x32 = !sched.buffer<[64, 32], f32, strides = [32, 1], device = "cuda:0">
!f32_64 = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">

sched.graph @transpose_mul_sum {
  %arg0_1 = sched.input "arg0_1" : !f32_32x64
  %arg1_1 = sched.input "arg1_1" : !f32_64x32
  %buf0 = sched.buffer "buf0" : !f32_64x32
  sched.node "op0" writes(%buf0 : !f32_64x32) ranges [64, 32] {
    %load = sched.load %arg1_1[32*p0 + p1] : !f32_64x32
    %load_1 = sched.load %arg0_1[p0 + 64*p1] : !f32_32x64
    %mul = arith.mulf %load, %load_1 : f32
    sched.store %mul, %buf0[32*p0 + p1] : !f32_64x32
  }
  %buf1 = sched.buffer "buf1" : !f32_64
  sched.node "op1" writes(%buf1 : !f32_64) ranges [64] reduce [32] {
    %load = sched.load %buf0[32*p0 + p1] : !f32_64x32
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf1[p0] : !f32_64
  }
  sched.output %buf0, %buf1 : !f32_64x32, !f32_64
}
