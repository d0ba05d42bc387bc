!f32_64x128 = !sched.buffer<[64, 128], f32, strides = [128, 1], device = "cuda:0">
!f32_64x1 = !sched.buffer<[64, 1], f32, strides = [1, 64], device = "cuda:0">

sched.graph @std_normalize {
  %arg0_1 = sched.input "arg0_1" : !f32_64x128
  %buf0 = sched.buffer "buf0" : !f32_64x1
  sched.node "op0" writes(%buf0 : !f32_64x1) ranges [64] reduce [128] {
    %load = sched.load %arg0_1[128*p0 + p1] : !f32_64x128
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_64x1
  }
  %buf1 = sched.buffer "buf1" : !f32_64x1
  sched.node "op1" writes(%buf1 : !f32_64x1) ranges [64] reduce [128] {
    %load = sched.load %arg0_1[128*p0 + p1] : !f32_64x128
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf1[p0] : !f32_64x1
  }
  %buf2 = sched.buffer "buf2" : !f32_64x1
  sched.node "op2" writes(%buf2 : !f32_64x1) ranges [64] reduce [128] {
    %load = sched.load %arg0_1[128*p0 + p1] : !f32_64x128
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf2[p0] : !f32_64x1
  }
  %buf3 = sched.buffer "buf3" : !f32_64x1
  sched.node "op3" writes(%buf3 : !f32_64x1) ranges [64] reduce [128] {
    %load = sched.load %arg0_1[128*p0 + p1] : !f32_64x128
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf3[p0] : !f32_64x1
  }
  %buf4 = sched.buffer "buf4" : !f32_64x128
  sched.node "op4" writes(%buf4 : !f32_64x128) ranges [64, 128] {
    %load = sched.load %arg0_1[128*p0 + p1] : !f32_64x128
    %load_1 = sched.load %buf0[p0] : !f32_64x1
    %constant = arith.constant 128.0 : f32
    %truediv = arith.divf %load_1, %constant : f32
    %sub = arith.subf %load, %truediv : f32
    %load_2 = sched.load %buf2[p0] : !f32_64x1
    %constant_1 = arith.constant 127.0 : f32
    %truediv_1 = arith.divf %load_2, %constant_1 : f32
    %sqrt = math.sqrt %truediv_1 : f32
    %truediv_2 = arith.divf %sub, %sqrt : f32
    sched.store %truediv_2, %buf4[128*p0 + p1] : !f32_64x128
  }
  sched.output %buf4 : !f32_64x128
}
