!f32_s7xs19 = !sched.buffer<[s7, s19], f32, strides = [s19, 1], device = "cuda:0">
!f32_s77xs19 = !sched.buffer<[s77, s19], f32, strides = [s19, 1], device = "cuda:0">
!f32_s7 = !sched.buffer<[s7], f32, strides = [1], device = "cuda:0">
!f32_s19xs7 = !sched.buffer<[s19, s7], f32, strides = [s7, 1], device = "cuda:0">
!f32_s77xs7 = !sched.buffer<[s77, s7], f32, strides = [s7, 1], device = "cuda:0">
!f32_s19xs7_1 = !sched.buffer<[s19, s7], f32, strides = [1, s19], device = "cuda:0">
!f32_s7xs19_1 = !sched.buffer<[s7, s19], f32, strides = [1, s7], device = "cuda:0">

sched.graph @mlp_clamp_dyn symbols(s7 = 64, s19 = 32, s77 = 16) {
  %arg2_1 = sched.input "arg2_1" : !f32_s7xs19
  %arg4_1 = sched.input "arg4_1" : !f32_s77xs19
  %arg5_1 = sched.input "arg5_1" : !f32_s7
  %arg6_1 = sched.input "arg6_1" : !f32_s19xs7
  %buf0 = sched.buffer "buf0" : !f32_s77xs7
  %view0 = sched.view %arg2_1 : !f32_s7xs19 to !f32_s19xs7_1
  sched.extern "op0" "extern_kernels.mm"(%arg4_1, %view0 : !f32_s77xs19, !f32_s19xs7_1) writes(%buf0 : !f32_s77xs7) class "ExternKernelOut"
  %buf1 = sched.buffer "buf1" : !f32_s77xs7
  sched.node "op1" writes(%buf1 : !f32_s77xs7) ranges [s77, s7] {
    %load = sched.load %buf0[p1 + p0*s7] : !f32_s77xs7
    %load_1 = sched.load %arg5_1[p1] : !f32_s7
    %add = arith.addf %load, %load_1 : f32
    %constant = arith.constant 0.0 : f32
    %maximum = arith.maximumf %add, %constant : f32
    sched.store %maximum, %buf1[p1 + p0*s7] : !f32_s77xs7
  }
  %buf2 = sched.buffer "buf2" : !f32_s77xs19
  %view1 = sched.view %arg6_1 : !f32_s19xs7 to !f32_s7xs19_1
  sched.extern "op2" "extern_kernels.mm"(%buf1, %view1 : !f32_s77xs7, !f32_s7xs19_1) writes(%buf2 : !f32_s77xs19) class "ExternKernelOut"
  sched.output %buf2 : !f32_s77xs19
}
