!f32_s77x32 = !sched.buffer<[s77, 32], f32, strides = [32, 1], device = "cuda:0">
!f32_32 = !sched.buffer<[32], f32, strides = [1], device = "cuda:0">
!f32_96x32 = !sched.buffer<[96, 32], f32, strides = [32, 1], device = "cuda:0">
!f32_32x32 = !sched.buffer<[32, 32], f32, strides = [32, 1], device = "cuda:0">
!f32_s6x32 = !sched.buffer<[s6, 32], f32, strides = [32, 1], device = "cuda:0">
!f32_32xs6 = !sched.buffer<[32, s6], f32, strides = [s6, 1], device = "cuda:0">
!f32_s77x1 = !sched.buffer<[s77, 1], f32, strides = [1, s77], device = "cuda:0">
!f32_s77x96 = !sched.buffer<[s77, 96], f32, strides = [96, 1], device = "cuda:0">
!f32_32x96 = !sched.buffer<[32, 96], f32, strides = [1, 32], device = "cuda:0">
!f32_s77xs77 = !sched.buffer<[s77, s77], f32, strides = [s77, 1], device = "cuda:0">
!f32_s77x32_1 = !sched.buffer<[s77, 32], f32, strides = [96, 1], device = "cuda:0">
!f32_32xs77 = !sched.buffer<[32, s77], f32, strides = [1, 96], offset = 32, device = "cuda:0">
!f32_s77x32_2 = !sched.buffer<[s77, 32], f32, strides = [96, 1], offset = 64, device = "cuda:0">
!f32_32x32_1 = !sched.buffer<[32, 32], f32, strides = [1, 32], device = "cuda:0">
!f32_s77xs6 = !sched.buffer<[s77, s6], f32, strides = [s6, 1], device = "cuda:0">
!f32_32xs6_1 = !sched.buffer<[32, s6], f32, strides = [1, 32], device = "cuda:0">
!f32_s6x32_1 = !sched.buffer<[s6, 32], f32, strides = [1, s6], device = "cuda:0">

sched.graph @transformer_block_dyn symbols(s6 = 64, s77 = 16) {
  %arg1_1 = sched.input "arg1_1" : !f32_s77x32
  %arg2_1 = sched.input "arg2_1" : !f32_32
  %arg3_1 = sched.input "arg3_1" : !f32_96x32
  %arg4_1 = sched.input "arg4_1" : !f32_32x32
  %arg5_1 = sched.input "arg5_1" : !f32_32
  %arg7_1 = sched.input "arg7_1" : !f32_s6x32
  %arg8_1 = sched.input "arg8_1" : !f32_32xs6
  %buf0 = sched.buffer "buf0" : !f32_s77x1
  sched.node "op0" writes(%buf0 : !f32_s77x1) ranges [s77] reduce [32] {
    %load = sched.load %arg1_1[32*p0 + p1] : !f32_s77x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf0[p0] : !f32_s77x1
  }
  %buf1 = sched.buffer "buf1" : !f32_s77x1
  sched.node "op1" writes(%buf1 : !f32_s77x1) ranges [s77] reduce [32] {
    %load = sched.load %arg1_1[32*p0 + p1] : !f32_s77x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf1[p0] : !f32_s77x1
  }
  %buf2 = sched.buffer "buf2" : !f32_s77x1
  sched.node "op2" writes(%buf2 : !f32_s77x1) ranges [s77] reduce [32] {
    %load = sched.load %arg1_1[32*p0 + p1] : !f32_s77x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf2[p0] : !f32_s77x1
  }
  %buf3 = sched.buffer "buf3" : !f32_s77x32
  sched.node "op3" writes(%buf3 : !f32_s77x32) ranges [s77, 32] {
    %load = sched.load %arg1_1[32*p0 + p1] : !f32_s77x32
    %load_1 = sched.load %buf0[p0] : !f32_s77x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf1[p0] : !f32_s77x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg2_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    sched.store %mul_1, %buf3[32*p0 + p1] : !f32_s77x32
  }
  %buf4 = sched.buffer "buf4" : !f32_s77x96
  %view0 = sched.view %arg3_1 : !f32_96x32 to !f32_32x96
  sched.extern "op4" "extern_kernels.mm"(%buf3, %view0 : !f32_s77x32, !f32_32x96) writes(%buf4 : !f32_s77x96) class "ExternKernelOut"
  %buf5 = sched.buffer "buf5" : !f32_s77xs77
  %view1 = sched.view %buf4 : !f32_s77x96 to !f32_s77x32_1
  %view2 = sched.view %buf4 : !f32_s77x96 to !f32_32xs77
  sched.extern "op5" "extern_kernels.mm"(%view1, %view2 : !f32_s77x32_1, !f32_32xs77) writes(%buf5 : !f32_s77xs77) class "ExternKernelOut"
  %buf6 = sched.buffer "buf6" : !f32_s77x1
  sched.node "op6" writes(%buf6 : !f32_s77x1) ranges [s77] reduce [s77] {
    %load = sched.load %buf5[p1 + p0*s77] : !f32_s77xs77
    %constant = arith.constant 1.0 : f32
    %mul = arith.mulf %load, %constant : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf6[p0] : !f32_s77x1
  }
  %buf7 = sched.buffer "buf7" : !f32_s77x1
  sched.node "op7" writes(%buf7 : !f32_s77x1) ranges [s77] reduce [s77] {
    %load = sched.load %buf5[p1 + p0*s77] : !f32_s77xs77
    %constant = arith.constant 1.0 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf6[p0] : !f32_s77x1
    %sub = arith.subf %mul, %load_1 : f32
    %constant_1 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_1 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf7[p0] : !f32_s77x1
  }
  %buf8 = sched.buffer "buf8" : !f32_s77xs77
  sched.node "op8" writes(%buf8 : !f32_s77xs77) ranges [s77, s77] {
    %load = sched.load %buf5[p1 + p0*s77] : !f32_s77xs77
    %constant = arith.constant 1.0 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf6[p0] : !f32_s77x1
    %sub = arith.subf %mul, %load_1 : f32
    %constant_1 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_1 : f32
    %exp = math.exp %mul_1 : f32
    %load_2 = sched.load %buf7[p0] : !f32_s77x1
    %truediv = arith.divf %exp, %load_2 : f32
    sched.store %truediv, %buf8[p1 + p0*s77] : !f32_s77xs77
  }
  %buf9 = sched.buffer "buf9" : !f32_s77x32
  %view3 = sched.view %buf4 : !f32_s77x96 to !f32_s77x32_2
  sched.extern "op9" "extern_kernels.mm"(%buf8, %view3 : !f32_s77xs77, !f32_s77x32_2) writes(%buf9 : !f32_s77x32) class "ExternKernelOut"
  %buf10 = sched.buffer "buf10" : !f32_s77x32
  %view4 = sched.view %arg4_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op10" "extern_kernels.addmm"(%arg1_1, %buf9, %view4 : !f32_s77x32, !f32_s77x32, !f32_32x32_1) writes(%buf10 : !f32_s77x32) class "ExternKernelOut"
  %buf11 = sched.buffer "buf11" : !f32_s77x1
  sched.node "op11" writes(%buf11 : !f32_s77x1) ranges [s77] reduce [32] {
    %load = sched.load %buf10[32*p0 + p1] : !f32_s77x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf11[p0] : !f32_s77x1
  }
  %buf12 = sched.buffer "buf12" : !f32_s77x1
  sched.node "op12" writes(%buf12 : !f32_s77x1) ranges [s77] reduce [32] {
    %load = sched.load %buf10[32*p0 + p1] : !f32_s77x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf12[p0] : !f32_s77x1
  }
  %buf13 = sched.buffer "buf13" : !f32_s77x1
  sched.node "op13" writes(%buf13 : !f32_s77x1) ranges [s77] reduce [32] {
    %load = sched.load %buf10[32*p0 + p1] : !f32_s77x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf13[p0] : !f32_s77x1
  }
  %buf14 = sched.buffer "buf14" : !f32_s77x32
  sched.node "op14" writes(%buf14 : !f32_s77x32) ranges [s77, 32] {
    %load = sched.load %buf10[32*p0 + p1] : !f32_s77x32
    %load_1 = sched.load %buf11[p0] : !f32_s77x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf12[p0] : !f32_s77x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg5_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    sched.store %mul_1, %buf14[32*p0 + p1] : !f32_s77x32
  }
  %buf15 = sched.buffer "buf15" : !f32_s77xs6
  %view5 = sched.view %arg7_1 : !f32_s6x32 to !f32_32xs6_1
  sched.extern "op15" "extern_kernels.mm"(%buf14, %view5 : !f32_s77x32, !f32_32xs6_1) writes(%buf15 : !f32_s77xs6) class "ExternKernelOut"
  %buf16 = sched.buffer "buf16" : !f32_s77xs6
  sched.node "op16" writes(%buf16 : !f32_s77xs6) ranges [s77, s6] {
    %load = sched.load %buf15[p1 + p0*s6] : !f32_s77xs6
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf15[p1 + p0*s6] : !f32_s77xs6
    %constant_1 = arith.constant {sched.python_value = 0.7071067811865476 : f64} 0.7071067811865476 : f32
    %mul_1 = arith.mulf %load_1, %constant_1 : f32
    %erf = math.erf %mul_1 : f32
    %constant_2 = arith.constant 1.0 : f32
    %add = arith.addf %erf, %constant_2 : f32
    %mul_2 = arith.mulf %mul, %add : f32
    sched.store %mul_2, %buf16[p1 + p0*s6] : !f32_s77xs6
  }
  %buf17 = sched.buffer "buf17" : !f32_s77x32
  %view6 = sched.view %arg8_1 : !f32_32xs6 to !f32_s6x32_1
  sched.extern "op17" "extern_kernels.addmm"(%buf10, %buf16, %view6 : !f32_s77x32, !f32_s77xs6, !f32_s6x32_1) writes(%buf17 : !f32_s77x32) class "ExternKernelOut"
  sched.output %buf17 : !f32_s77x32
}
