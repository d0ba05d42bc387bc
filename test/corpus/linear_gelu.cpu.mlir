!f32_16x32 = !sched.buffer<[16, 32], f32, strides = [32, 1], device = "cpu">
!f32_64x32 = !sched.buffer<[64, 32], f32, strides = [32, 1], device = "cpu">
!f32_64 = !sched.buffer<[64], f32, strides = [1], device = "cpu">
!f32_16x64 = !sched.buffer<[16, 64], f32, strides = [64, 1], device = "cpu">
!f32_32x64 = !sched.buffer<[32, 64], f32, strides = [1, 32], device = "cpu">

sched.graph @linear_gelu {
  %arg0_1 = sched.input "arg0_1" : !f32_16x32
  %arg1_1 = sched.input "arg1_1" : !f32_64x32
  %arg2_1 = sched.input "arg2_1" : !f32_64
  %buf0 = sched.buffer "buf0" : !f32_16x64
  %view0 = sched.view %arg1_1 : !f32_64x32 to !f32_32x64
  sched.extern "op0" "extern_kernels.addmm"(%arg2_1, %arg0_1, %view0 : !f32_64, !f32_16x32, !f32_32x64) writes(%buf0 : !f32_16x64) class "ExternKernelOut"
  %buf1 = sched.buffer "buf1" : !f32_16x64
  sched.node "op1" writes(%buf1 : !f32_16x64) ranges [1024] {
    %load = sched.load %buf0[p0] : !f32_16x64
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf0[p0] : !f32_16x64
    %constant_1 = arith.constant {sched.python_value = 0.7071067811865476 : f64} 0.7071067811865476 : f32
    %mul_1 = arith.mulf %load_1, %constant_1 : f32
    %erf = math.erf %mul_1 : f32
    %constant_2 = arith.constant 1.0 : f32
    %add = arith.addf %erf, %constant_2 : f32
    %mul_2 = arith.mulf %mul, %add : f32
    sched.store %mul_2, %buf1[p0] : !f32_16x64
  }
  sched.output %buf1 : !f32_16x64
}
