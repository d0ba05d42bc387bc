!f32_32x64 = !sched.buffer<[32, 64], f32, strides = [64, 1], device = "cuda:0">
!f32_32 = !sched.buffer<[32], f32, strides = [1], device = "cuda:0">

sched.graph @two_reductions {
  %arg0_1 = sched.input "arg0_1" : !f32_32x64
  %buf0 = sched.buffer "buf0" : !f32_32
  sched.node "op0" writes(%buf0 : !f32_32) ranges [32] reduce [64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_32x64
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_32
  }
  %buf1 = sched.buffer "buf1" : !f32_32
  sched.node "op1" writes(%buf1 : !f32_32) ranges [32] reduce [64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_32x64
    %reduction = sched.reduction max %load : f32 -> f32
    sched.store_reduction %reduction, %buf1[p0] : !f32_32
  }
  %buf2 = sched.buffer "buf2" : !f32_32
  sched.node "op2" writes(%buf2 : !f32_32) ranges [32] {
    %load = sched.load %buf0[p0] : !f32_32
    %load_1 = sched.load %buf1[p0] : !f32_32
    %add = arith.addf %load, %load_1 : f32
    sched.store %add, %buf2[p0] : !f32_32
  }
  sched.output %buf2 : !f32_32
}
