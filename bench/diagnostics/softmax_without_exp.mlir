// bench/cpu/softmax.mlir with exp(x - max) replaced by (x - max)^2: the same
// passes and memory traffic without the exponential (bench/diagnostics/cpu_threads.py).
!f32_8192x8192 = !sched.buffer<[8192, 8192], f32, strides = [8192, 1], device = "cpu">
!f32_8192x1 = !sched.buffer<[8192, 1], f32, strides = [1, 8192], device = "cpu">

sched.graph @softmax_without_exp {
  %arg0_1 = sched.input "arg0_1" : !f32_8192x8192
  %buf0 = sched.buffer "buf0" : !f32_8192x1
  sched.node "op0" writes(%buf0 : !f32_8192x1) ranges [8192] reduce [8192] {
    %load = sched.load %arg0_1[8192*p0 + p1] : !f32_8192x8192
    %reduction = sched.reduction max %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_8192x1
  }
  %buf1 = sched.buffer "buf1" : !f32_8192x8192
  sched.node "op1" writes(%buf1 : !f32_8192x8192) ranges [8192, 8192] {
    %load = sched.load %arg0_1[8192*p0 + p1] : !f32_8192x8192
    %load_1 = sched.load %buf0[p0] : !f32_8192x1
    %sub = arith.subf %load, %load_1 : f32
    %exp = arith.mulf %sub, %sub : f32
    sched.store %exp, %buf1[8192*p0 + p1] : !f32_8192x8192
  }
  %buf2 = sched.buffer "buf2" : !f32_8192x1
  sched.node "op2" writes(%buf2 : !f32_8192x1) ranges [8192] reduce [8192] {
    %load = sched.load %buf1[8192*p0 + p1] : !f32_8192x8192
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf2[p0] : !f32_8192x1
  }
  %buf3 = sched.buffer "buf3" : !f32_8192x8192
  sched.node "op3" writes(%buf3 : !f32_8192x8192) ranges [8192, 8192] {
    %load = sched.load %buf1[8192*p0 + p1] : !f32_8192x8192
    %load_1 = sched.load %buf2[p0] : !f32_8192x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf3[8192*p0 + p1] : !f32_8192x8192
  }
  sched.output %buf3 : !f32_8192x8192
}
