!f32_2x4x512 = !sched.buffer<[2, 4, 512], f32, strides = [2048, 512, 1], device = "cpu">
!f32_512 = !sched.buffer<[512], f32, strides = [1], device = "cpu">

sched.graph @pw_outer_red {
  %arg0_1 = sched.input "arg0_1" : !f32_2x4x512
  %buf0 = sched.buffer "buf0" : !f32_2x4x512
  sched.node "op0" writes(%buf0 : !f32_2x4x512) ranges [4096] {
    %load = sched.load %arg0_1[p0] : !f32_2x4x512
    %constant = arith.constant 1.0 : f32
    %add = arith.addf %load, %constant : f32
    sched.store %add, %buf0[p0] : !f32_2x4x512
  }
  %buf1 = sched.buffer "buf1" : !f32_512
  sched.node "op1" writes(%buf1 : !f32_512) ranges [512] reduce [8] {
    %load = sched.load %buf0[p0 + 512*p1] : !f32_2x4x512
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf1[p0] : !f32_512
  }
  sched.output %buf1 : !f32_512
}
