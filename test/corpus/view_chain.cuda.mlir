!f32_32x16 = !sched.buffer<[32, 16], f32, strides = [16, 1], device = "cuda:0">
!f32_100 = !sched.buffer<[100], f32, strides = [1], device = "cuda:0">

sched.graph @view_chain {
  %arg0_1 = sched.input "arg0_1" : !f32_32x16
  %buf0 = sched.buffer "buf0" : !f32_100
  sched.node "op0" writes(%buf0 : !f32_100) ranges [100] {
    %load = sched.load %arg0_1[(p0 floordiv 16) + 32*(p0 mod 16)] : !f32_32x16
    %constant = arith.constant 1.0 : f32
    %add = arith.addf %load, %constant : f32
    %constant_1 = arith.constant 3.0 : f32
    %mul = arith.mulf %add, %constant_1 : f32
    sched.store %mul, %buf0[p0] : !f32_100
  }
  sched.output %buf0 : !f32_100
}
