!f32_32x64 = !sched.buffer<[32, 64], f32, strides = [64, 1], device = "cpu">
!f32_64 = !sched.buffer<[64], f32, strides = [1], device = "cpu">
!f32_32x1 = !sched.buffer<[32, 1], f32, strides = [1, 32], device = "cpu">

sched.graph @rmsnorm {
  %arg0_1 = sched.input "arg0_1" : !f32_32x64
  %arg1_1 = sched.input "arg1_1" : !f32_64
  %buf0 = sched.buffer "buf0" : !f32_32x1
  sched.node "op0" writes(%buf0 : !f32_32x1) ranges [32] reduce [64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_32x64
    %mul = arith.mulf %load, %load : f32
    %reduction = sched.reduction sum %mul : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_32x1
  }
  %buf1 = sched.buffer "buf1" : !f32_32x64
  sched.node "op1" writes(%buf1 : !f32_32x64) ranges [32, 64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_32x64
    %load_1 = sched.load %buf0[p0] : !f32_32x1
    %constant = arith.constant 64.0 : f32
    %truediv = arith.divf %load_1, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-06 : f64} 1.0e-06 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %load, %rsqrt : f32
    %load_2 = sched.load %arg1_1[p1] : !f32_64
    %mul_1 = arith.mulf %mul, %load_2 : f32
    sched.store %mul_1, %buf1[64*p0 + p1] : !f32_32x64
  }
  sched.output %buf1 : !f32_32x64
}
