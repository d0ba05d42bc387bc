!f32_8x16 = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!f32_16x16 = !sched.buffer<[16, 16], f32, strides = [16, 1], device = "cpu">

sched.graph @cat_pointwise {
  %arg0_1 = sched.input "arg0_1" : !f32_8x16
  %arg1_1 = sched.input "arg1_1" : !f32_8x16
  %buf2 = sched.buffer "buf2" : !f32_16x16
  %buf0 = sched.alias "buf0" aliases(%buf2 : !f32_16x16) : !f32_8x16
  sched.node "op0" writes(%buf0 : !f32_8x16) ranges [128] {
    %load = sched.load %arg0_1[p0] : !f32_8x16
    %constant = arith.constant 1.0 : f32
    %add = arith.addf %load, %constant : f32
    sched.store %add, %buf0[p0] : !f32_8x16
  }
  %buf1 = sched.alias "buf1" aliases(%buf2 : !f32_16x16) : !f32_8x16
  sched.node "op1" writes(%buf1 : !f32_8x16) ranges [128] {
    %load = sched.load %arg1_1[p0] : !f32_8x16
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %load, %constant : f32
    sched.store %mul, %buf1[p0] : !f32_8x16
  }
  sched.nop "op2"(%buf0, %buf1 : !f32_8x16, !f32_8x16) writes(%buf2 : !f32_16x16) class "ConcatKernel"
  sched.output %buf2 : !f32_16x16
}
