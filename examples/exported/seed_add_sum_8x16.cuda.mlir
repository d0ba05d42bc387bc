!f32_8x16 = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
!f32_8 = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">

sched.graph @seed_add_sum_8x16 {
  %arg0_1 = sched.input "arg0_1" : !f32_8x16
  %arg1_1 = sched.input "arg1_1" : !f32_8x16
  %buf0 = sched.buffer "buf0" : !f32_8
  sched.node "op0" writes(%buf0 : !f32_8) ranges [8] reduce [16] {
    %load = sched.load %arg0_1[16*p0 + p1] : !f32_8x16
    %load_1 = sched.load %arg1_1[16*p0 + p1] : !f32_8x16
    %add = arith.addf %load, %load_1 : f32
    %reduction = sched.reduction sum %add : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_8
  }
  sched.output %buf0 : !f32_8
}
