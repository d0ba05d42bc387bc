!f32_16x16 = !sched.buffer<[16, 16], f32, strides = [16, 1], device = "cuda:0">
!f32_scalar = !sched.buffer<[], f32, strides = [], device = "cuda:0">

sched.graph @inplace_inputs {
  %arg0_1 = sched.input "arg0_1" : !f32_16x16
  %arg1_1 = sched.input "arg1_1" : !f32_16x16
  %buf0 = sched.buffer "buf0" : !f32_scalar
  sched.node "op0" writes(%buf0 : !f32_scalar) ranges [] reduce [16, 16] {
    %load = sched.load %arg0_1[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %load, %constant : f32
    %reduction = sched.reduction sum %mul : f32 -> f32
    sched.store_reduction %reduction, %buf0[0] : !f32_scalar
  }
  %buf1 = sched.buffer "buf1" : !f32_16x16
  sched.node "op1" writes(%buf1 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg0_1[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %load, %constant : f32
    sched.store %mul, %buf1[16*p0 + p1] : !f32_16x16
  }
  %buf2 = sched.buffer "buf2" : !f32_16x16
  sched.node "op2" writes(%buf2 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg1_1[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %arg0_1[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %load_1, %constant : f32
    %add = arith.addf %load, %mul : f32
    sched.store %add, %buf2[16*p0 + p1] : !f32_16x16
  }
  %buf3 = sched.mutation "buf3" mutates(%arg0_1 : !f32_16x16) : !f32_16x16
  sched.node "op3" writes(%buf3 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf1[16*p0 + p1] : !f32_16x16
    sched.store %load, %buf3[16*p0 + p1] : !f32_16x16
  }
  %buf4 = sched.mutation "buf4" mutates(%arg1_1 : !f32_16x16) : !f32_16x16
  sched.node "op4" writes(%buf4 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf2[16*p0 + p1] : !f32_16x16
    sched.store %load, %buf4[16*p0 + p1] : !f32_16x16
  }
  sched.output %buf0, %buf3, %buf4 : !f32_scalar, !f32_16x16, !f32_16x16
}
