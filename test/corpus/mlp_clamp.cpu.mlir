!f32_64x32 = !sched.buffer<[64, 32], f32, strides = [32, 1], device = "cpu">
!f32_16x32 = !sched.buffer<[16, 32], f32, strides = [32, 1], device = "cpu">
!f32_64 = !sched.buffer<[64], f32, strides = [1], device = "cpu">
!f32_32x64 = !sched.buffer<[32, 64], f32, strides = [64, 1], device = "cpu">
!f32_16x64 = !sched.buffer<[16, 64], f32, strides = [64, 1], device = "cpu">
!f32_32x64_1 = !sched.buffer<[32, 64], f32, strides = [1, 32], device = "cpu">
!f32_64x32_1 = !sched.buffer<[64, 32], f32, strides = [1, 64], device = "cpu">

sched.graph @mlp_clamp {
  %arg0_1 = sched.input "arg0_1" : !f32_64x32
  %arg1_1 = sched.input "arg1_1" : !f32_16x32
  %arg2_1 = sched.input "arg2_1" : !f32_64
  %arg3_1 = sched.input "arg3_1" : !f32_32x64
  %buf0 = sched.buffer "buf0" : !f32_16x64
  %view0 = sched.view %arg0_1 : !f32_64x32 to !f32_32x64_1
  sched.extern "op0" "extern_kernels.addmm"(%arg2_1, %arg1_1, %view0 : !f32_64, !f32_16x32, !f32_32x64_1) writes(%buf0 : !f32_16x64) class "ExternKernelOut"
  %buf1 = sched.buffer "buf1" : !f32_16x64
  sched.node "op1" writes(%buf1 : !f32_16x64) ranges [1024] {
    %load = sched.load %buf0[p0] : !f32_16x64
    %constant = arith.constant 0.0 : f32
    %maximum = arith.maximumf %load, %constant : f32
    sched.store %maximum, %buf1[p0] : !f32_16x64
  }
  %buf2 = sched.buffer "buf2" : !f32_16x32
  %view1 = sched.view %arg3_1 : !f32_32x64 to !f32_64x32_1
  sched.extern "op2" "extern_kernels.mm"(%buf1, %view1 : !f32_16x64, !f32_64x32_1) writes(%buf2 : !f32_16x32) class "ExternKernelOut"
  sched.output %buf2 : !f32_16x32
}
