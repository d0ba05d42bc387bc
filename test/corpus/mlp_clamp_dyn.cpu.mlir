!f32_s7xs19 = !sched.buffer<[s7, s19], f32, strides = [s19, 1], device = "cpu">
!f32_s77xs19 = !sched.buffer<[s77, s19], f32, strides = [s19, 1], device = "cpu">
!f32_s7 = !sched.buffer<[s7], f32, strides = [1], device = "cpu">
!f32_s19xs7 = !sched.buffer<[s19, s7], f32, strides = [s7, 1], device = "cpu">
!f32_s77xs7 = !sched.buffer<[s77, s7], f32, strides = [s7, 1], device = "cpu">
!f32_s19xs7_1 = !sched.buffer<[s19, s7], f32, strides = [1, s19], device = "cpu">
!f32_s7xs19_1 = !sched.buffer<[s7, s19], f32, strides = [1, s7], device = "cpu">

sched.graph @mlp_clamp_dyn symbols(s7 = 64, s19 = 32, s77 = 16) {
  %arg2_1 = sched.input "arg2_1" : !f32_s7xs19
  %arg4_1 = sched.input "arg4_1" : !f32_s77xs19
  %arg5_1 = sched.input "arg5_1" : !f32_s7
  %arg6_1 = sched.input "arg6_1" : !f32_s19xs7
  %buf0 = sched.buffer "buf0" : !f32_s77xs7
  %view0 = sched.view %arg2_1 : !f32_s7xs19 to !f32_s19xs7_1
  sched.extern "op0" "extern_kernels.addmm"(%arg5_1, %arg4_1, %view0 : !f32_s7, !f32_s77xs19, !f32_s19xs7_1) writes(%buf0 : !f32_s77xs7) class "ExternKernelOut"
  %buf1 = sched.buffer "buf1" : !f32_s77xs7
  sched.node "op1" writes(%buf1 : !f32_s77xs7) ranges [s7*s77] {
    %load = sched.load %buf0[p0] : !f32_s77xs7
    %constant = arith.constant 0.0 : f32
    %maximum = arith.maximumf %load, %constant : f32
    sched.store %maximum, %buf1[p0] : !f32_s77xs7
  }
  %buf2 = sched.buffer "buf2" : !f32_s77xs19
  %view1 = sched.view %arg6_1 : !f32_s19xs7 to !f32_s7xs19_1
  sched.extern "op2" "extern_kernels.mm"(%buf1, %view1 : !f32_s77xs7, !f32_s7xs19_1) writes(%buf2 : !f32_s77xs19) class "ExternKernelOut"
  sched.output %buf2 : !f32_s77xs19
}
