!f32_8192x4096 = !sched.buffer<[8192, 4096], f32, strides = [4096, 1], device = "cuda:0">
!f32_4096 = !sched.buffer<[4096], f32, strides = [1], device = "cuda:0">
!f32_8192x1 = !sched.buffer<[8192, 1], f32, strides = [1, 8192], device = "cuda:0">

sched.graph @layernorm {
  %arg0_1 = sched.input "arg0_1" : !f32_8192x4096
  %arg1_1 = sched.input "arg1_1" : !f32_4096
  %arg2_1 = sched.input "arg2_1" : !f32_4096
  %buf0 = sched.buffer "buf0" : !f32_8192x1
  sched.node "op0" writes(%buf0 : !f32_8192x1) ranges [8192] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_8192x4096
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf0[p0] : !f32_8192x1
  }
  %buf1 = sched.buffer "buf1" : !f32_8192x1
  sched.node "op1" writes(%buf1 : !f32_8192x1) ranges [8192] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_8192x4096
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf1[p0] : !f32_8192x1
  }
  %buf2 = sched.buffer "buf2" : !f32_8192x1
  sched.node "op2" writes(%buf2 : !f32_8192x1) ranges [8192] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_8192x4096
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf2[p0] : !f32_8192x1
  }
  %buf3 = sched.buffer "buf3" : !f32_8192x4096
  sched.node "op3" writes(%buf3 : !f32_8192x4096) ranges [8192, 4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_8192x4096
    %load_1 = sched.load %buf0[p0] : !f32_8192x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf1[p0] : !f32_8192x1
    %constant = arith.constant 4096.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg1_1[p1] : !f32_4096
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg2_1[p1] : !f32_4096
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf3[4096*p0 + p1] : !f32_8192x4096
  }
  sched.output %buf3 : !f32_8192x4096
}
