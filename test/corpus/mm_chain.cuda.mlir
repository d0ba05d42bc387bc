!f32_16x32 = !sched.buffer<[16, 32], f32, strides = [32, 1], device = "cuda:0">
!f32_32x24 = !sched.buffer<[32, 24], f32, strides = [24, 1], device = "cuda:0">
!f32_24x8 = !sched.buffer<[24, 8], f32, strides = [8, 1], device = "cuda:0">
!f32_16x24 = !sched.buffer<[16, 24], f32, strides = [24, 1], device = "cuda:0">
!f32_16x8 = !sched.buffer<[16, 8], f32, strides = [8, 1], device = "cuda:0">

sched.graph @mm_chain {
  %arg0_1 = sched.input "arg0_1" : !f32_16x32
  %arg1_1 = sched.input "arg1_1" : !f32_32x24
  %arg2_1 = sched.input "arg2_1" : !f32_24x8
  %buf0 = sched.buffer "buf0" : !f32_16x24
  sched.extern "op0" "extern_kernels.mm"(%arg0_1, %arg1_1 : !f32_16x32, !f32_32x24) writes(%buf0 : !f32_16x24) class "ExternKernelOut"
  %buf1 = sched.buffer "buf1" : !f32_16x8
  sched.extern "op1" "extern_kernels.mm"(%buf0, %arg2_1 : !f32_16x24, !f32_24x8) writes(%buf1 : !f32_16x8) class "ExternKernelOut"
  sched.output %buf1 : !f32_16x8
}
