!f32_32x64 = !sched.buffer<[32, 64], f32, strides = [64, 1], device = "cpu">
!f32_32x1 = !sched.buffer<[32, 1], f32, strides = [1, 32], device = "cpu">

sched.graph @log_softmax {
  %arg0_1 = sched.input "arg0_1" : !f32_32x64
  %buf0 = sched.buffer "buf0" : !f32_32x1
  sched.node "op0" writes(%buf0 : !f32_32x1) ranges [32] reduce [64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_32x64
    %reduction = sched.reduction max %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_32x1
  }
  %buf1 = sched.buffer "buf1" : !f32_32x1
  sched.node "op1" writes(%buf1 : !f32_32x1) ranges [32] reduce [64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_32x64
    %load_1 = sched.load %buf0[p0] : !f32_32x1
    %sub = arith.subf %load, %load_1 : f32
    %exp = math.exp %sub : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf1[p0] : !f32_32x1
  }
  %buf2 = sched.buffer "buf2" : !f32_32x64
  sched.node "op2" writes(%buf2 : !f32_32x64) ranges [32, 64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_32x64
    %load_1 = sched.load %buf0[p0] : !f32_32x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf1[p0] : !f32_32x1
    %log = math.log %load_2 : f32
    %sub_1 = arith.subf %sub, %log : f32
    sched.store %sub_1, %buf2[64*p0 + p1] : !f32_32x64
  }
  sched.output %buf2 : !f32_32x64
}
