!f32_16384x8192 = !sched.buffer<[16384, 8192], f32, strides = [8192, 1], device = "cuda:0">
!f32_16384 = !sched.buffer<[16384], f32, strides = [1], device = "cuda:0">

sched.graph @add_sum {
  %arg0_1 = sched.input "arg0_1" : !f32_16384x8192
  %arg1_1 = sched.input "arg1_1" : !f32_16384x8192
  %buf0 = sched.buffer "buf0" : !f32_16384
  sched.node "op0" writes(%buf0 : !f32_16384) ranges [16384] reduce [8192] {
    %load = sched.load %arg0_1[8192*p0 + p1] : !f32_16384x8192
    %load_1 = sched.load %arg1_1[8192*p0 + p1] : !f32_16384x8192
    %add = arith.addf %load, %load_1 : f32
    %reduction = sched.reduction sum %add : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_16384
  }
  sched.output %buf0 : !f32_16384
}
