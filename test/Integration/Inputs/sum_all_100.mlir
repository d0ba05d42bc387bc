// sum_all_dyn (test/corpus) written with s77 = 100: the static graph its
// specialization must compute the same as.
!f32_100x100 = !sched.buffer<[100, 100], f32, strides = [100, 1], device = "cpu">
!f32_scalar = !sched.buffer<[], f32, strides = [], device = "cpu">

sched.graph @sum_all_dyn {
  %arg1_1 = sched.input "arg1_1" : !f32_100x100
  %buf0 = sched.buffer "buf0" : !f32_scalar
  sched.node "op0" writes(%buf0 : !f32_scalar) ranges [] reduce [10000] {
    %load = sched.load %arg1_1[p0] : !f32_100x100
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[0] : !f32_scalar
  }
  sched.output %buf0 : !f32_scalar
}
