!f32_s77xs77 = !sched.buffer<[s77, s77], f32, strides = [s77, 1], device = "cpu">
!f32_scalar = !sched.buffer<[], f32, strides = [], device = "cpu">

sched.graph @sum_all_dyn symbols(s77 = 64) {
  %arg1_1 = sched.input "arg1_1" : !f32_s77xs77
  %buf0 = sched.buffer "buf0" : !f32_scalar
  sched.node "op0" writes(%buf0 : !f32_scalar) ranges [] reduce [s77*s77] {
    %load = sched.load %arg1_1[p0] : !f32_s77xs77
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[0] : !f32_scalar
  }
  sched.output %buf0 : !f32_scalar
}
