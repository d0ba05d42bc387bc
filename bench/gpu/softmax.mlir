!f32_8192x4096 = !sched.buffer<[8192, 4096], f32, strides = [4096, 1], device = "cuda:0">
!f32_8192x1 = !sched.buffer<[8192, 1], f32, strides = [1, 8192], device = "cuda:0">

sched.graph @softmax {
  %arg0_1 = sched.input "arg0_1" : !f32_8192x4096
  %buf0 = sched.buffer "buf0" : !f32_8192x1
  sched.node "op0" writes(%buf0 : !f32_8192x1) ranges [8192] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_8192x4096
    %reduction = sched.reduction max %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_8192x1
  }
  %buf1 = sched.buffer "buf1" : !f32_8192x1
  sched.node "op1" writes(%buf1 : !f32_8192x1) ranges [8192] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_8192x4096
    %load_1 = sched.load %buf0[p0] : !f32_8192x1
    %sub = arith.subf %load, %load_1 : f32
    %exp = math.exp %sub : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf1[p0] : !f32_8192x1
  }
  %buf2 = sched.buffer "buf2" : !f32_8192x4096
  sched.node "op2" writes(%buf2 : !f32_8192x4096) ranges [8192, 4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_8192x4096
    %load_1 = sched.load %buf0[p0] : !f32_8192x1
    %sub = arith.subf %load, %load_1 : f32
    %exp = math.exp %sub : f32
    %load_2 = sched.load %buf1[p0] : !f32_8192x1
    %truediv = arith.divf %exp, %load_2 : f32
    sched.store %truediv, %buf2[4096*p0 + p1] : !f32_8192x4096
  }
  sched.output %buf2 : !f32_8192x4096
}
