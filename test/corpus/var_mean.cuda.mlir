!f32_64x128 = !sched.buffer<[64, 128], f32, strides = [128, 1], device = "cuda:0">
!f32_64 = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">

sched.graph @var_mean {
  %arg0_1 = sched.input "arg0_1" : !f32_64x128
  %buf0 = sched.buffer "buf0" : !f32_64
  sched.node "op0" writes(%buf0 : !f32_64) ranges [64] reduce [128] {
    %load = sched.load %arg0_1[128*p0 + p1] : !f32_64x128
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf0[p0] : !f32_64
  }
  %buf1 = sched.buffer "buf1" : !f32_64
  sched.node "op1" writes(%buf1 : !f32_64) ranges [64] reduce [128] {
    %load = sched.load %arg0_1[128*p0 + p1] : !f32_64x128
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf1[p0] : !f32_64
  }
  %buf2 = sched.buffer "buf2" : !f32_64
  sched.node "op2" writes(%buf2 : !f32_64) ranges [64] reduce [128] {
    %load = sched.load %arg0_1[128*p0 + p1] : !f32_64x128
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf2[p0] : !f32_64
  }
  %buf3 = sched.buffer "buf3" : !f32_64
  sched.node "op3" writes(%buf3 : !f32_64) ranges [64] {
    %load = sched.load %buf1[p0] : !f32_64
    %constant = arith.constant 127.0 : f32
    %truediv = arith.divf %load, %constant : f32
    sched.store %truediv, %buf3[p0] : !f32_64
  }
  sched.output %buf3, %buf0 : !f32_64, !f32_64
}
