!f32_4096x4096 = !sched.buffer<[4096, 4096], f32, strides = [4096, 1], device = "cuda:0">
!f32_4096 = !sched.buffer<[4096], f32, strides = [1], device = "cuda:0">

sched.graph @add_sum {
  %arg0_1 = sched.input "arg0_1" : !f32_4096x4096
  %arg1_1 = sched.input "arg1_1" : !f32_4096x4096
  %buf0 = sched.buffer "buf0" : !f32_4096
  sched.node "op0" writes(%buf0 : !f32_4096) ranges [4096] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_4096x4096
    %load_1 = sched.load %arg1_1[4096*p0 + p1] : !f32_4096x4096
    %add = arith.addf %load, %load_1 : f32
    %reduction = sched.reduction sum %add : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_4096
  }
  sched.output %buf0 : !f32_4096
}
