!f32_16x32 = !sched.buffer<[16, 32], f32, strides = [32, 1], device = "cpu">
!f32_32 = !sched.buffer<[32], f32, strides = [1], device = "cpu">
!f32_96x32 = !sched.buffer<[96, 32], f32, strides = [32, 1], device = "cpu">
!i1_16x16 = !sched.buffer<[16, 16], i1, strides = [16, 1], device = "cpu">
!f32_32x32 = !sched.buffer<[32, 32], f32, strides = [32, 1], device = "cpu">
!f32_128x32 = !sched.buffer<[128, 32], f32, strides = [32, 1], device = "cpu">
!f32_32x128 = !sched.buffer<[32, 128], f32, strides = [128, 1], device = "cpu">
!f32_16x1 = !sched.buffer<[16, 1], f32, strides = [1, 16], device = "cpu">
!f32_16x96 = !sched.buffer<[16, 96], f32, strides = [96, 1], device = "cpu">
!f32_32x96 = !sched.buffer<[32, 96], f32, strides = [1, 32], device = "cpu">
!f32_16x16 = !sched.buffer<[16, 16], f32, strides = [16, 1], device = "cpu">
!f32_16x32_1 = !sched.buffer<[16, 32], f32, strides = [96, 1], device = "cpu">
!f32_32x16 = !sched.buffer<[32, 16], f32, strides = [1, 96], offset = 32, device = "cpu">
!f32_16x32_2 = !sched.buffer<[16, 32], f32, strides = [96, 1], offset = 64, device = "cpu">
!f32_32x32_1 = !sched.buffer<[32, 32], f32, strides = [1, 32], device = "cpu">
!f32_16x128 = !sched.buffer<[16, 128], f32, strides = [128, 1], device = "cpu">
!f32_32x128_1 = !sched.buffer<[32, 128], f32, strides = [1, 32], device = "cpu">
!f32_128x32_1 = !sched.buffer<[128, 32], f32, strides = [1, 128], device = "cpu">

sched.graph @gpt_stack {
  %arg0_1 = sched.input "arg0_1" : !f32_16x32
  %arg1_1 = sched.input "arg1_1" : !f32_32
  %arg2_1 = sched.input "arg2_1" : !f32_32
  %arg3_1 = sched.input "arg3_1" : !f32_96x32
  %arg4_1 = sched.input "arg4_1" : !i1_16x16
  %arg5_1 = sched.input "arg5_1" : !f32_32x32
  %arg6_1 = sched.input "arg6_1" : !f32_32
  %arg7_1 = sched.input "arg7_1" : !f32_32
  %arg8_1 = sched.input "arg8_1" : !f32_128x32
  %arg9_1 = sched.input "arg9_1" : !f32_32x128
  %arg10_1 = sched.input "arg10_1" : !f32_32
  %arg11_1 = sched.input "arg11_1" : !f32_32
  %arg12_1 = sched.input "arg12_1" : !f32_96x32
  %arg13_1 = sched.input "arg13_1" : !f32_32x32
  %arg14_1 = sched.input "arg14_1" : !f32_32
  %arg15_1 = sched.input "arg15_1" : !f32_32
  %arg16_1 = sched.input "arg16_1" : !f32_128x32
  %arg17_1 = sched.input "arg17_1" : !f32_32x128
  %arg18_1 = sched.input "arg18_1" : !f32_32
  %arg19_1 = sched.input "arg19_1" : !f32_32
  %arg20_1 = sched.input "arg20_1" : !f32_96x32
  %arg21_1 = sched.input "arg21_1" : !f32_32x32
  %arg22_1 = sched.input "arg22_1" : !f32_32
  %arg23_1 = sched.input "arg23_1" : !f32_32
  %arg24_1 = sched.input "arg24_1" : !f32_128x32
  %arg25_1 = sched.input "arg25_1" : !f32_32x128
  %arg26_1 = sched.input "arg26_1" : !f32_32
  %arg27_1 = sched.input "arg27_1" : !f32_32
  %arg28_1 = sched.input "arg28_1" : !f32_96x32
  %arg29_1 = sched.input "arg29_1" : !f32_32x32
  %arg30_1 = sched.input "arg30_1" : !f32_32
  %arg31_1 = sched.input "arg31_1" : !f32_32
  %arg32_1 = sched.input "arg32_1" : !f32_128x32
  %arg33_1 = sched.input "arg33_1" : !f32_32x128
  %arg34_1 = sched.input "arg34_1" : !f32_32
  %arg35_1 = sched.input "arg35_1" : !f32_32
  %arg36_1 = sched.input "arg36_1" : !f32_96x32
  %arg37_1 = sched.input "arg37_1" : !f32_32x32
  %arg38_1 = sched.input "arg38_1" : !f32_32
  %arg39_1 = sched.input "arg39_1" : !f32_32
  %arg40_1 = sched.input "arg40_1" : !f32_128x32
  %arg41_1 = sched.input "arg41_1" : !f32_32x128
  %arg42_1 = sched.input "arg42_1" : !f32_32
  %arg43_1 = sched.input "arg43_1" : !f32_32
  %arg44_1 = sched.input "arg44_1" : !f32_96x32
  %arg45_1 = sched.input "arg45_1" : !f32_32x32
  %arg46_1 = sched.input "arg46_1" : !f32_32
  %arg47_1 = sched.input "arg47_1" : !f32_32
  %arg48_1 = sched.input "arg48_1" : !f32_128x32
  %arg49_1 = sched.input "arg49_1" : !f32_32x128
  %arg50_1 = sched.input "arg50_1" : !f32_32
  %arg51_1 = sched.input "arg51_1" : !f32_32
  %arg52_1 = sched.input "arg52_1" : !f32_96x32
  %arg53_1 = sched.input "arg53_1" : !f32_32x32
  %arg54_1 = sched.input "arg54_1" : !f32_32
  %arg55_1 = sched.input "arg55_1" : !f32_32
  %arg56_1 = sched.input "arg56_1" : !f32_128x32
  %arg57_1 = sched.input "arg57_1" : !f32_32x128
  %arg58_1 = sched.input "arg58_1" : !f32_32
  %arg59_1 = sched.input "arg59_1" : !f32_32
  %arg60_1 = sched.input "arg60_1" : !f32_96x32
  %arg61_1 = sched.input "arg61_1" : !f32_32x32
  %arg62_1 = sched.input "arg62_1" : !f32_32
  %arg63_1 = sched.input "arg63_1" : !f32_32
  %arg64_1 = sched.input "arg64_1" : !f32_128x32
  %arg65_1 = sched.input "arg65_1" : !f32_32x128
  %arg66_1 = sched.input "arg66_1" : !f32_32
  %arg67_1 = sched.input "arg67_1" : !f32_32
  %arg68_1 = sched.input "arg68_1" : !f32_96x32
  %arg69_1 = sched.input "arg69_1" : !f32_32x32
  %arg70_1 = sched.input "arg70_1" : !f32_32
  %arg71_1 = sched.input "arg71_1" : !f32_32
  %arg72_1 = sched.input "arg72_1" : !f32_128x32
  %arg73_1 = sched.input "arg73_1" : !f32_32x128
  %arg74_1 = sched.input "arg74_1" : !f32_32
  %arg75_1 = sched.input "arg75_1" : !f32_32
  %arg76_1 = sched.input "arg76_1" : !f32_96x32
  %arg77_1 = sched.input "arg77_1" : !f32_32x32
  %arg78_1 = sched.input "arg78_1" : !f32_32
  %arg79_1 = sched.input "arg79_1" : !f32_32
  %arg80_1 = sched.input "arg80_1" : !f32_128x32
  %arg81_1 = sched.input "arg81_1" : !f32_32x128
  %arg82_1 = sched.input "arg82_1" : !f32_32
  %arg83_1 = sched.input "arg83_1" : !f32_32
  %arg84_1 = sched.input "arg84_1" : !f32_96x32
  %arg85_1 = sched.input "arg85_1" : !f32_32x32
  %arg86_1 = sched.input "arg86_1" : !f32_32
  %arg87_1 = sched.input "arg87_1" : !f32_32
  %arg88_1 = sched.input "arg88_1" : !f32_128x32
  %arg89_1 = sched.input "arg89_1" : !f32_32x128
  %arg90_1 = sched.input "arg90_1" : !f32_32
  %arg91_1 = sched.input "arg91_1" : !f32_32
  %arg92_1 = sched.input "arg92_1" : !f32_96x32
  %arg93_1 = sched.input "arg93_1" : !f32_32x32
  %arg94_1 = sched.input "arg94_1" : !f32_32
  %arg95_1 = sched.input "arg95_1" : !f32_32
  %arg96_1 = sched.input "arg96_1" : !f32_128x32
  %arg97_1 = sched.input "arg97_1" : !f32_32x128
  %buf0 = sched.buffer "buf0" : !f32_16x1
  sched.node "op0" writes(%buf0 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %arg0_1[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf0[p0] : !f32_16x1
  }
  %buf1 = sched.buffer "buf1" : !f32_16x1
  sched.node "op1" writes(%buf1 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %arg0_1[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf1[p0] : !f32_16x1
  }
  %buf2 = sched.buffer "buf2" : !f32_16x1
  sched.node "op2" writes(%buf2 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %arg0_1[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf2[p0] : !f32_16x1
  }
  %buf3 = sched.buffer "buf3" : !f32_16x32
  sched.node "op3" writes(%buf3 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %arg0_1[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf0[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf1[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg1_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg2_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf3[32*p0 + p1] : !f32_16x32
  }
  %buf4 = sched.buffer "buf4" : !f32_16x96
  %view0 = sched.view %arg3_1 : !f32_96x32 to !f32_32x96
  sched.extern "op4" "extern_kernels.mm"(%buf3, %view0 : !f32_16x32, !f32_32x96) writes(%buf4 : !f32_16x96) class "ExternKernelOut"
  %buf5 = sched.buffer "buf5" : !f32_16x16
  %view1 = sched.view %buf4 : !f32_16x96 to !f32_16x32_1
  %view2 = sched.view %buf4 : !f32_16x96 to !f32_32x16
  sched.extern "op5" "extern_kernels.mm"(%view1, %view2 : !f32_16x32_1, !f32_32x16) writes(%buf5 : !f32_16x16) class "ExternKernelOut"
  %buf6 = sched.buffer "buf6" : !f32_16x1
  sched.node "op6" writes(%buf6 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf5[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf6[p0] : !f32_16x1
  }
  %buf7 = sched.buffer "buf7" : !f32_16x16
  sched.node "op7" writes(%buf7 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf5[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf6[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf7[16*p0 + p1] : !f32_16x16
  }
  %buf8 = sched.buffer "buf8" : !f32_16x1
  sched.node "op8" writes(%buf8 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf7[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf8[p0] : !f32_16x1
  }
  %buf9 = sched.buffer "buf9" : !f32_16x16
  sched.node "op9" writes(%buf9 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf7[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf8[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf9[16*p0 + p1] : !f32_16x16
  }
  %buf10 = sched.buffer "buf10" : !f32_16x32
  %view3 = sched.view %buf4 : !f32_16x96 to !f32_16x32_2
  sched.extern "op10" "extern_kernels.mm"(%buf9, %view3 : !f32_16x16, !f32_16x32_2) writes(%buf10 : !f32_16x32) class "ExternKernelOut"
  %buf11 = sched.buffer "buf11" : !f32_16x32
  %view4 = sched.view %arg5_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op11" "extern_kernels.addmm"(%arg0_1, %buf10, %view4 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf11 : !f32_16x32) class "ExternKernelOut"
  %buf12 = sched.buffer "buf12" : !f32_16x1
  sched.node "op12" writes(%buf12 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf11[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf12[p0] : !f32_16x1
  }
  %buf13 = sched.buffer "buf13" : !f32_16x1
  sched.node "op13" writes(%buf13 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf11[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf13[p0] : !f32_16x1
  }
  %buf14 = sched.buffer "buf14" : !f32_16x1
  sched.node "op14" writes(%buf14 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf11[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf14[p0] : !f32_16x1
  }
  %buf15 = sched.buffer "buf15" : !f32_16x32
  sched.node "op15" writes(%buf15 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf11[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf12[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf13[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg6_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg7_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf15[32*p0 + p1] : !f32_16x32
  }
  %buf16 = sched.buffer "buf16" : !f32_16x128
  %view5 = sched.view %arg8_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op16" "extern_kernels.mm"(%buf15, %view5 : !f32_16x32, !f32_32x128_1) writes(%buf16 : !f32_16x128) class "ExternKernelOut"
  %buf17 = sched.buffer "buf17" : !f32_16x128
  sched.node "op17" writes(%buf17 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf16[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf16[p0] : !f32_16x128
    %load_2 = sched.load %buf16[p0] : !f32_16x128
    %load_3 = sched.load %buf16[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf16[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf17[p0] : !f32_16x128
  }
  %buf18 = sched.buffer "buf18" : !f32_16x32
  %view6 = sched.view %arg9_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op18" "extern_kernels.addmm"(%buf11, %buf17, %view6 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf18 : !f32_16x32) class "ExternKernelOut"
  %buf19 = sched.buffer "buf19" : !f32_16x1
  sched.node "op19" writes(%buf19 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf18[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf19[p0] : !f32_16x1
  }
  %buf20 = sched.buffer "buf20" : !f32_16x1
  sched.node "op20" writes(%buf20 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf18[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf20[p0] : !f32_16x1
  }
  %buf21 = sched.buffer "buf21" : !f32_16x1
  sched.node "op21" writes(%buf21 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf18[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf21[p0] : !f32_16x1
  }
  %buf22 = sched.buffer "buf22" : !f32_16x32
  sched.node "op22" writes(%buf22 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf18[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf19[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf20[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg10_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg11_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf22[32*p0 + p1] : !f32_16x32
  }
  %buf23 = sched.buffer "buf23" : !f32_16x96
  %view7 = sched.view %arg12_1 : !f32_96x32 to !f32_32x96
  sched.extern "op23" "extern_kernels.mm"(%buf22, %view7 : !f32_16x32, !f32_32x96) writes(%buf23 : !f32_16x96) class "ExternKernelOut"
  %buf24 = sched.buffer "buf24" : !f32_16x16
  %view8 = sched.view %buf23 : !f32_16x96 to !f32_16x32_1
  %view9 = sched.view %buf23 : !f32_16x96 to !f32_32x16
  sched.extern "op24" "extern_kernels.mm"(%view8, %view9 : !f32_16x32_1, !f32_32x16) writes(%buf24 : !f32_16x16) class "ExternKernelOut"
  %buf25 = sched.buffer "buf25" : !f32_16x1
  sched.node "op25" writes(%buf25 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf24[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf25[p0] : !f32_16x1
  }
  %buf26 = sched.buffer "buf26" : !f32_16x16
  sched.node "op26" writes(%buf26 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf24[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf25[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf26[16*p0 + p1] : !f32_16x16
  }
  %buf27 = sched.buffer "buf27" : !f32_16x1
  sched.node "op27" writes(%buf27 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf26[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf27[p0] : !f32_16x1
  }
  %buf28 = sched.buffer "buf28" : !f32_16x16
  sched.node "op28" writes(%buf28 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf26[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf27[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf28[16*p0 + p1] : !f32_16x16
  }
  %buf29 = sched.buffer "buf29" : !f32_16x32
  %view10 = sched.view %buf23 : !f32_16x96 to !f32_16x32_2
  sched.extern "op29" "extern_kernels.mm"(%buf28, %view10 : !f32_16x16, !f32_16x32_2) writes(%buf29 : !f32_16x32) class "ExternKernelOut"
  %buf30 = sched.buffer "buf30" : !f32_16x32
  %view11 = sched.view %arg13_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op30" "extern_kernels.addmm"(%buf18, %buf29, %view11 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf30 : !f32_16x32) class "ExternKernelOut"
  %buf31 = sched.buffer "buf31" : !f32_16x1
  sched.node "op31" writes(%buf31 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf30[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf31[p0] : !f32_16x1
  }
  %buf32 = sched.buffer "buf32" : !f32_16x1
  sched.node "op32" writes(%buf32 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf30[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf32[p0] : !f32_16x1
  }
  %buf33 = sched.buffer "buf33" : !f32_16x1
  sched.node "op33" writes(%buf33 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf30[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf33[p0] : !f32_16x1
  }
  %buf34 = sched.buffer "buf34" : !f32_16x32
  sched.node "op34" writes(%buf34 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf30[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf31[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf32[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg14_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg15_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf34[32*p0 + p1] : !f32_16x32
  }
  %buf35 = sched.buffer "buf35" : !f32_16x128
  %view12 = sched.view %arg16_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op35" "extern_kernels.mm"(%buf34, %view12 : !f32_16x32, !f32_32x128_1) writes(%buf35 : !f32_16x128) class "ExternKernelOut"
  %buf36 = sched.buffer "buf36" : !f32_16x128
  sched.node "op36" writes(%buf36 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf35[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf35[p0] : !f32_16x128
    %load_2 = sched.load %buf35[p0] : !f32_16x128
    %load_3 = sched.load %buf35[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf35[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf36[p0] : !f32_16x128
  }
  %buf37 = sched.buffer "buf37" : !f32_16x32
  %view13 = sched.view %arg17_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op37" "extern_kernels.addmm"(%buf30, %buf36, %view13 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf37 : !f32_16x32) class "ExternKernelOut"
  %buf38 = sched.buffer "buf38" : !f32_16x1
  sched.node "op38" writes(%buf38 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf37[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf38[p0] : !f32_16x1
  }
  %buf39 = sched.buffer "buf39" : !f32_16x1
  sched.node "op39" writes(%buf39 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf37[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf39[p0] : !f32_16x1
  }
  %buf40 = sched.buffer "buf40" : !f32_16x1
  sched.node "op40" writes(%buf40 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf37[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf40[p0] : !f32_16x1
  }
  %buf41 = sched.buffer "buf41" : !f32_16x32
  sched.node "op41" writes(%buf41 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf37[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf38[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf39[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg18_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg19_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf41[32*p0 + p1] : !f32_16x32
  }
  %buf42 = sched.buffer "buf42" : !f32_16x96
  %view14 = sched.view %arg20_1 : !f32_96x32 to !f32_32x96
  sched.extern "op42" "extern_kernels.mm"(%buf41, %view14 : !f32_16x32, !f32_32x96) writes(%buf42 : !f32_16x96) class "ExternKernelOut"
  %buf43 = sched.buffer "buf43" : !f32_16x16
  %view15 = sched.view %buf42 : !f32_16x96 to !f32_16x32_1
  %view16 = sched.view %buf42 : !f32_16x96 to !f32_32x16
  sched.extern "op43" "extern_kernels.mm"(%view15, %view16 : !f32_16x32_1, !f32_32x16) writes(%buf43 : !f32_16x16) class "ExternKernelOut"
  %buf44 = sched.buffer "buf44" : !f32_16x1
  sched.node "op44" writes(%buf44 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf43[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf44[p0] : !f32_16x1
  }
  %buf45 = sched.buffer "buf45" : !f32_16x16
  sched.node "op45" writes(%buf45 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf43[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf44[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf45[16*p0 + p1] : !f32_16x16
  }
  %buf46 = sched.buffer "buf46" : !f32_16x1
  sched.node "op46" writes(%buf46 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf45[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf46[p0] : !f32_16x1
  }
  %buf47 = sched.buffer "buf47" : !f32_16x16
  sched.node "op47" writes(%buf47 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf45[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf46[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf47[16*p0 + p1] : !f32_16x16
  }
  %buf48 = sched.buffer "buf48" : !f32_16x32
  %view17 = sched.view %buf42 : !f32_16x96 to !f32_16x32_2
  sched.extern "op48" "extern_kernels.mm"(%buf47, %view17 : !f32_16x16, !f32_16x32_2) writes(%buf48 : !f32_16x32) class "ExternKernelOut"
  %buf49 = sched.buffer "buf49" : !f32_16x32
  %view18 = sched.view %arg21_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op49" "extern_kernels.addmm"(%buf37, %buf48, %view18 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf49 : !f32_16x32) class "ExternKernelOut"
  %buf50 = sched.buffer "buf50" : !f32_16x1
  sched.node "op50" writes(%buf50 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf49[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf50[p0] : !f32_16x1
  }
  %buf51 = sched.buffer "buf51" : !f32_16x1
  sched.node "op51" writes(%buf51 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf49[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf51[p0] : !f32_16x1
  }
  %buf52 = sched.buffer "buf52" : !f32_16x1
  sched.node "op52" writes(%buf52 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf49[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf52[p0] : !f32_16x1
  }
  %buf53 = sched.buffer "buf53" : !f32_16x32
  sched.node "op53" writes(%buf53 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf49[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf50[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf51[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg22_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg23_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf53[32*p0 + p1] : !f32_16x32
  }
  %buf54 = sched.buffer "buf54" : !f32_16x128
  %view19 = sched.view %arg24_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op54" "extern_kernels.mm"(%buf53, %view19 : !f32_16x32, !f32_32x128_1) writes(%buf54 : !f32_16x128) class "ExternKernelOut"
  %buf55 = sched.buffer "buf55" : !f32_16x128
  sched.node "op55" writes(%buf55 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf54[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf54[p0] : !f32_16x128
    %load_2 = sched.load %buf54[p0] : !f32_16x128
    %load_3 = sched.load %buf54[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf54[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf55[p0] : !f32_16x128
  }
  %buf56 = sched.buffer "buf56" : !f32_16x32
  %view20 = sched.view %arg25_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op56" "extern_kernels.addmm"(%buf49, %buf55, %view20 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf56 : !f32_16x32) class "ExternKernelOut"
  %buf57 = sched.buffer "buf57" : !f32_16x1
  sched.node "op57" writes(%buf57 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf56[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf57[p0] : !f32_16x1
  }
  %buf58 = sched.buffer "buf58" : !f32_16x1
  sched.node "op58" writes(%buf58 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf56[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf58[p0] : !f32_16x1
  }
  %buf59 = sched.buffer "buf59" : !f32_16x1
  sched.node "op59" writes(%buf59 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf56[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf59[p0] : !f32_16x1
  }
  %buf60 = sched.buffer "buf60" : !f32_16x32
  sched.node "op60" writes(%buf60 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf56[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf57[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf58[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg26_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg27_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf60[32*p0 + p1] : !f32_16x32
  }
  %buf61 = sched.buffer "buf61" : !f32_16x96
  %view21 = sched.view %arg28_1 : !f32_96x32 to !f32_32x96
  sched.extern "op61" "extern_kernels.mm"(%buf60, %view21 : !f32_16x32, !f32_32x96) writes(%buf61 : !f32_16x96) class "ExternKernelOut"
  %buf62 = sched.buffer "buf62" : !f32_16x16
  %view22 = sched.view %buf61 : !f32_16x96 to !f32_16x32_1
  %view23 = sched.view %buf61 : !f32_16x96 to !f32_32x16
  sched.extern "op62" "extern_kernels.mm"(%view22, %view23 : !f32_16x32_1, !f32_32x16) writes(%buf62 : !f32_16x16) class "ExternKernelOut"
  %buf63 = sched.buffer "buf63" : !f32_16x1
  sched.node "op63" writes(%buf63 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf62[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf63[p0] : !f32_16x1
  }
  %buf64 = sched.buffer "buf64" : !f32_16x16
  sched.node "op64" writes(%buf64 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf62[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf63[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf64[16*p0 + p1] : !f32_16x16
  }
  %buf65 = sched.buffer "buf65" : !f32_16x1
  sched.node "op65" writes(%buf65 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf64[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf65[p0] : !f32_16x1
  }
  %buf66 = sched.buffer "buf66" : !f32_16x16
  sched.node "op66" writes(%buf66 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf64[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf65[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf66[16*p0 + p1] : !f32_16x16
  }
  %buf67 = sched.buffer "buf67" : !f32_16x32
  %view24 = sched.view %buf61 : !f32_16x96 to !f32_16x32_2
  sched.extern "op67" "extern_kernels.mm"(%buf66, %view24 : !f32_16x16, !f32_16x32_2) writes(%buf67 : !f32_16x32) class "ExternKernelOut"
  %buf68 = sched.buffer "buf68" : !f32_16x32
  %view25 = sched.view %arg29_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op68" "extern_kernels.addmm"(%buf56, %buf67, %view25 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf68 : !f32_16x32) class "ExternKernelOut"
  %buf69 = sched.buffer "buf69" : !f32_16x1
  sched.node "op69" writes(%buf69 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf68[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf69[p0] : !f32_16x1
  }
  %buf70 = sched.buffer "buf70" : !f32_16x1
  sched.node "op70" writes(%buf70 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf68[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf70[p0] : !f32_16x1
  }
  %buf71 = sched.buffer "buf71" : !f32_16x1
  sched.node "op71" writes(%buf71 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf68[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf71[p0] : !f32_16x1
  }
  %buf72 = sched.buffer "buf72" : !f32_16x32
  sched.node "op72" writes(%buf72 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf68[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf69[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf70[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg30_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg31_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf72[32*p0 + p1] : !f32_16x32
  }
  %buf73 = sched.buffer "buf73" : !f32_16x128
  %view26 = sched.view %arg32_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op73" "extern_kernels.mm"(%buf72, %view26 : !f32_16x32, !f32_32x128_1) writes(%buf73 : !f32_16x128) class "ExternKernelOut"
  %buf74 = sched.buffer "buf74" : !f32_16x128
  sched.node "op74" writes(%buf74 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf73[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf73[p0] : !f32_16x128
    %load_2 = sched.load %buf73[p0] : !f32_16x128
    %load_3 = sched.load %buf73[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf73[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf74[p0] : !f32_16x128
  }
  %buf75 = sched.buffer "buf75" : !f32_16x32
  %view27 = sched.view %arg33_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op75" "extern_kernels.addmm"(%buf68, %buf74, %view27 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf75 : !f32_16x32) class "ExternKernelOut"
  %buf76 = sched.buffer "buf76" : !f32_16x1
  sched.node "op76" writes(%buf76 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf75[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf76[p0] : !f32_16x1
  }
  %buf77 = sched.buffer "buf77" : !f32_16x1
  sched.node "op77" writes(%buf77 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf75[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf77[p0] : !f32_16x1
  }
  %buf78 = sched.buffer "buf78" : !f32_16x1
  sched.node "op78" writes(%buf78 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf75[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf78[p0] : !f32_16x1
  }
  %buf79 = sched.buffer "buf79" : !f32_16x32
  sched.node "op79" writes(%buf79 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf75[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf76[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf77[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg34_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg35_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf79[32*p0 + p1] : !f32_16x32
  }
  %buf80 = sched.buffer "buf80" : !f32_16x96
  %view28 = sched.view %arg36_1 : !f32_96x32 to !f32_32x96
  sched.extern "op80" "extern_kernels.mm"(%buf79, %view28 : !f32_16x32, !f32_32x96) writes(%buf80 : !f32_16x96) class "ExternKernelOut"
  %buf81 = sched.buffer "buf81" : !f32_16x16
  %view29 = sched.view %buf80 : !f32_16x96 to !f32_16x32_1
  %view30 = sched.view %buf80 : !f32_16x96 to !f32_32x16
  sched.extern "op81" "extern_kernels.mm"(%view29, %view30 : !f32_16x32_1, !f32_32x16) writes(%buf81 : !f32_16x16) class "ExternKernelOut"
  %buf82 = sched.buffer "buf82" : !f32_16x1
  sched.node "op82" writes(%buf82 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf81[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf82[p0] : !f32_16x1
  }
  %buf83 = sched.buffer "buf83" : !f32_16x16
  sched.node "op83" writes(%buf83 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf81[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf82[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf83[16*p0 + p1] : !f32_16x16
  }
  %buf84 = sched.buffer "buf84" : !f32_16x1
  sched.node "op84" writes(%buf84 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf83[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf84[p0] : !f32_16x1
  }
  %buf85 = sched.buffer "buf85" : !f32_16x16
  sched.node "op85" writes(%buf85 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf83[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf84[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf85[16*p0 + p1] : !f32_16x16
  }
  %buf86 = sched.buffer "buf86" : !f32_16x32
  %view31 = sched.view %buf80 : !f32_16x96 to !f32_16x32_2
  sched.extern "op86" "extern_kernels.mm"(%buf85, %view31 : !f32_16x16, !f32_16x32_2) writes(%buf86 : !f32_16x32) class "ExternKernelOut"
  %buf87 = sched.buffer "buf87" : !f32_16x32
  %view32 = sched.view %arg37_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op87" "extern_kernels.addmm"(%buf75, %buf86, %view32 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf87 : !f32_16x32) class "ExternKernelOut"
  %buf88 = sched.buffer "buf88" : !f32_16x1
  sched.node "op88" writes(%buf88 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf87[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf88[p0] : !f32_16x1
  }
  %buf89 = sched.buffer "buf89" : !f32_16x1
  sched.node "op89" writes(%buf89 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf87[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf89[p0] : !f32_16x1
  }
  %buf90 = sched.buffer "buf90" : !f32_16x1
  sched.node "op90" writes(%buf90 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf87[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf90[p0] : !f32_16x1
  }
  %buf91 = sched.buffer "buf91" : !f32_16x32
  sched.node "op91" writes(%buf91 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf87[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf88[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf89[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg38_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg39_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf91[32*p0 + p1] : !f32_16x32
  }
  %buf92 = sched.buffer "buf92" : !f32_16x128
  %view33 = sched.view %arg40_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op92" "extern_kernels.mm"(%buf91, %view33 : !f32_16x32, !f32_32x128_1) writes(%buf92 : !f32_16x128) class "ExternKernelOut"
  %buf93 = sched.buffer "buf93" : !f32_16x128
  sched.node "op93" writes(%buf93 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf92[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf92[p0] : !f32_16x128
    %load_2 = sched.load %buf92[p0] : !f32_16x128
    %load_3 = sched.load %buf92[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf92[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf93[p0] : !f32_16x128
  }
  %buf94 = sched.buffer "buf94" : !f32_16x32
  %view34 = sched.view %arg41_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op94" "extern_kernels.addmm"(%buf87, %buf93, %view34 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf94 : !f32_16x32) class "ExternKernelOut"
  %buf95 = sched.buffer "buf95" : !f32_16x1
  sched.node "op95" writes(%buf95 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf94[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf95[p0] : !f32_16x1
  }
  %buf96 = sched.buffer "buf96" : !f32_16x1
  sched.node "op96" writes(%buf96 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf94[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf96[p0] : !f32_16x1
  }
  %buf97 = sched.buffer "buf97" : !f32_16x1
  sched.node "op97" writes(%buf97 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf94[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf97[p0] : !f32_16x1
  }
  %buf98 = sched.buffer "buf98" : !f32_16x32
  sched.node "op98" writes(%buf98 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf94[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf95[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf96[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg42_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg43_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf98[32*p0 + p1] : !f32_16x32
  }
  %buf99 = sched.buffer "buf99" : !f32_16x96
  %view35 = sched.view %arg44_1 : !f32_96x32 to !f32_32x96
  sched.extern "op99" "extern_kernels.mm"(%buf98, %view35 : !f32_16x32, !f32_32x96) writes(%buf99 : !f32_16x96) class "ExternKernelOut"
  %buf100 = sched.buffer "buf100" : !f32_16x16
  %view36 = sched.view %buf99 : !f32_16x96 to !f32_16x32_1
  %view37 = sched.view %buf99 : !f32_16x96 to !f32_32x16
  sched.extern "op100" "extern_kernels.mm"(%view36, %view37 : !f32_16x32_1, !f32_32x16) writes(%buf100 : !f32_16x16) class "ExternKernelOut"
  %buf101 = sched.buffer "buf101" : !f32_16x1
  sched.node "op101" writes(%buf101 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf100[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf101[p0] : !f32_16x1
  }
  %buf102 = sched.buffer "buf102" : !f32_16x16
  sched.node "op102" writes(%buf102 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf100[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf101[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf102[16*p0 + p1] : !f32_16x16
  }
  %buf103 = sched.buffer "buf103" : !f32_16x1
  sched.node "op103" writes(%buf103 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf102[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf103[p0] : !f32_16x1
  }
  %buf104 = sched.buffer "buf104" : !f32_16x16
  sched.node "op104" writes(%buf104 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf102[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf103[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf104[16*p0 + p1] : !f32_16x16
  }
  %buf105 = sched.buffer "buf105" : !f32_16x32
  %view38 = sched.view %buf99 : !f32_16x96 to !f32_16x32_2
  sched.extern "op105" "extern_kernels.mm"(%buf104, %view38 : !f32_16x16, !f32_16x32_2) writes(%buf105 : !f32_16x32) class "ExternKernelOut"
  %buf106 = sched.buffer "buf106" : !f32_16x32
  %view39 = sched.view %arg45_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op106" "extern_kernels.addmm"(%buf94, %buf105, %view39 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf106 : !f32_16x32) class "ExternKernelOut"
  %buf107 = sched.buffer "buf107" : !f32_16x1
  sched.node "op107" writes(%buf107 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf106[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf107[p0] : !f32_16x1
  }
  %buf108 = sched.buffer "buf108" : !f32_16x1
  sched.node "op108" writes(%buf108 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf106[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf108[p0] : !f32_16x1
  }
  %buf109 = sched.buffer "buf109" : !f32_16x1
  sched.node "op109" writes(%buf109 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf106[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf109[p0] : !f32_16x1
  }
  %buf110 = sched.buffer "buf110" : !f32_16x32
  sched.node "op110" writes(%buf110 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf106[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf107[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf108[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg46_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg47_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf110[32*p0 + p1] : !f32_16x32
  }
  %buf111 = sched.buffer "buf111" : !f32_16x128
  %view40 = sched.view %arg48_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op111" "extern_kernels.mm"(%buf110, %view40 : !f32_16x32, !f32_32x128_1) writes(%buf111 : !f32_16x128) class "ExternKernelOut"
  %buf112 = sched.buffer "buf112" : !f32_16x128
  sched.node "op112" writes(%buf112 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf111[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf111[p0] : !f32_16x128
    %load_2 = sched.load %buf111[p0] : !f32_16x128
    %load_3 = sched.load %buf111[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf111[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf112[p0] : !f32_16x128
  }
  %buf113 = sched.buffer "buf113" : !f32_16x32
  %view41 = sched.view %arg49_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op113" "extern_kernels.addmm"(%buf106, %buf112, %view41 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf113 : !f32_16x32) class "ExternKernelOut"
  %buf114 = sched.buffer "buf114" : !f32_16x1
  sched.node "op114" writes(%buf114 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf113[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf114[p0] : !f32_16x1
  }
  %buf115 = sched.buffer "buf115" : !f32_16x1
  sched.node "op115" writes(%buf115 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf113[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf115[p0] : !f32_16x1
  }
  %buf116 = sched.buffer "buf116" : !f32_16x1
  sched.node "op116" writes(%buf116 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf113[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf116[p0] : !f32_16x1
  }
  %buf117 = sched.buffer "buf117" : !f32_16x32
  sched.node "op117" writes(%buf117 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf113[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf114[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf115[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg50_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg51_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf117[32*p0 + p1] : !f32_16x32
  }
  %buf118 = sched.buffer "buf118" : !f32_16x96
  %view42 = sched.view %arg52_1 : !f32_96x32 to !f32_32x96
  sched.extern "op118" "extern_kernels.mm"(%buf117, %view42 : !f32_16x32, !f32_32x96) writes(%buf118 : !f32_16x96) class "ExternKernelOut"
  %buf119 = sched.buffer "buf119" : !f32_16x16
  %view43 = sched.view %buf118 : !f32_16x96 to !f32_16x32_1
  %view44 = sched.view %buf118 : !f32_16x96 to !f32_32x16
  sched.extern "op119" "extern_kernels.mm"(%view43, %view44 : !f32_16x32_1, !f32_32x16) writes(%buf119 : !f32_16x16) class "ExternKernelOut"
  %buf120 = sched.buffer "buf120" : !f32_16x1
  sched.node "op120" writes(%buf120 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf119[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf120[p0] : !f32_16x1
  }
  %buf121 = sched.buffer "buf121" : !f32_16x16
  sched.node "op121" writes(%buf121 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf119[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf120[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf121[16*p0 + p1] : !f32_16x16
  }
  %buf122 = sched.buffer "buf122" : !f32_16x1
  sched.node "op122" writes(%buf122 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf121[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf122[p0] : !f32_16x1
  }
  %buf123 = sched.buffer "buf123" : !f32_16x16
  sched.node "op123" writes(%buf123 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf121[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf122[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf123[16*p0 + p1] : !f32_16x16
  }
  %buf124 = sched.buffer "buf124" : !f32_16x32
  %view45 = sched.view %buf118 : !f32_16x96 to !f32_16x32_2
  sched.extern "op124" "extern_kernels.mm"(%buf123, %view45 : !f32_16x16, !f32_16x32_2) writes(%buf124 : !f32_16x32) class "ExternKernelOut"
  %buf125 = sched.buffer "buf125" : !f32_16x32
  %view46 = sched.view %arg53_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op125" "extern_kernels.addmm"(%buf113, %buf124, %view46 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf125 : !f32_16x32) class "ExternKernelOut"
  %buf126 = sched.buffer "buf126" : !f32_16x1
  sched.node "op126" writes(%buf126 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf125[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf126[p0] : !f32_16x1
  }
  %buf127 = sched.buffer "buf127" : !f32_16x1
  sched.node "op127" writes(%buf127 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf125[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf127[p0] : !f32_16x1
  }
  %buf128 = sched.buffer "buf128" : !f32_16x1
  sched.node "op128" writes(%buf128 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf125[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf128[p0] : !f32_16x1
  }
  %buf129 = sched.buffer "buf129" : !f32_16x32
  sched.node "op129" writes(%buf129 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf125[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf126[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf127[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg54_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg55_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf129[32*p0 + p1] : !f32_16x32
  }
  %buf130 = sched.buffer "buf130" : !f32_16x128
  %view47 = sched.view %arg56_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op130" "extern_kernels.mm"(%buf129, %view47 : !f32_16x32, !f32_32x128_1) writes(%buf130 : !f32_16x128) class "ExternKernelOut"
  %buf131 = sched.buffer "buf131" : !f32_16x128
  sched.node "op131" writes(%buf131 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf130[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf130[p0] : !f32_16x128
    %load_2 = sched.load %buf130[p0] : !f32_16x128
    %load_3 = sched.load %buf130[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf130[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf131[p0] : !f32_16x128
  }
  %buf132 = sched.buffer "buf132" : !f32_16x32
  %view48 = sched.view %arg57_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op132" "extern_kernels.addmm"(%buf125, %buf131, %view48 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf132 : !f32_16x32) class "ExternKernelOut"
  %buf133 = sched.buffer "buf133" : !f32_16x1
  sched.node "op133" writes(%buf133 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf132[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf133[p0] : !f32_16x1
  }
  %buf134 = sched.buffer "buf134" : !f32_16x1
  sched.node "op134" writes(%buf134 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf132[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf134[p0] : !f32_16x1
  }
  %buf135 = sched.buffer "buf135" : !f32_16x1
  sched.node "op135" writes(%buf135 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf132[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf135[p0] : !f32_16x1
  }
  %buf136 = sched.buffer "buf136" : !f32_16x32
  sched.node "op136" writes(%buf136 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf132[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf133[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf134[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg58_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg59_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf136[32*p0 + p1] : !f32_16x32
  }
  %buf137 = sched.buffer "buf137" : !f32_16x96
  %view49 = sched.view %arg60_1 : !f32_96x32 to !f32_32x96
  sched.extern "op137" "extern_kernels.mm"(%buf136, %view49 : !f32_16x32, !f32_32x96) writes(%buf137 : !f32_16x96) class "ExternKernelOut"
  %buf138 = sched.buffer "buf138" : !f32_16x16
  %view50 = sched.view %buf137 : !f32_16x96 to !f32_16x32_1
  %view51 = sched.view %buf137 : !f32_16x96 to !f32_32x16
  sched.extern "op138" "extern_kernels.mm"(%view50, %view51 : !f32_16x32_1, !f32_32x16) writes(%buf138 : !f32_16x16) class "ExternKernelOut"
  %buf139 = sched.buffer "buf139" : !f32_16x1
  sched.node "op139" writes(%buf139 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf138[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf139[p0] : !f32_16x1
  }
  %buf140 = sched.buffer "buf140" : !f32_16x16
  sched.node "op140" writes(%buf140 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf138[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf139[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf140[16*p0 + p1] : !f32_16x16
  }
  %buf141 = sched.buffer "buf141" : !f32_16x1
  sched.node "op141" writes(%buf141 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf140[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf141[p0] : !f32_16x1
  }
  %buf142 = sched.buffer "buf142" : !f32_16x16
  sched.node "op142" writes(%buf142 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf140[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf141[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf142[16*p0 + p1] : !f32_16x16
  }
  %buf143 = sched.buffer "buf143" : !f32_16x32
  %view52 = sched.view %buf137 : !f32_16x96 to !f32_16x32_2
  sched.extern "op143" "extern_kernels.mm"(%buf142, %view52 : !f32_16x16, !f32_16x32_2) writes(%buf143 : !f32_16x32) class "ExternKernelOut"
  %buf144 = sched.buffer "buf144" : !f32_16x32
  %view53 = sched.view %arg61_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op144" "extern_kernels.addmm"(%buf132, %buf143, %view53 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf144 : !f32_16x32) class "ExternKernelOut"
  %buf145 = sched.buffer "buf145" : !f32_16x1
  sched.node "op145" writes(%buf145 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf144[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf145[p0] : !f32_16x1
  }
  %buf146 = sched.buffer "buf146" : !f32_16x1
  sched.node "op146" writes(%buf146 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf144[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf146[p0] : !f32_16x1
  }
  %buf147 = sched.buffer "buf147" : !f32_16x1
  sched.node "op147" writes(%buf147 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf144[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf147[p0] : !f32_16x1
  }
  %buf148 = sched.buffer "buf148" : !f32_16x32
  sched.node "op148" writes(%buf148 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf144[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf145[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf146[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg62_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg63_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf148[32*p0 + p1] : !f32_16x32
  }
  %buf149 = sched.buffer "buf149" : !f32_16x128
  %view54 = sched.view %arg64_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op149" "extern_kernels.mm"(%buf148, %view54 : !f32_16x32, !f32_32x128_1) writes(%buf149 : !f32_16x128) class "ExternKernelOut"
  %buf150 = sched.buffer "buf150" : !f32_16x128
  sched.node "op150" writes(%buf150 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf149[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf149[p0] : !f32_16x128
    %load_2 = sched.load %buf149[p0] : !f32_16x128
    %load_3 = sched.load %buf149[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf149[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf150[p0] : !f32_16x128
  }
  %buf151 = sched.buffer "buf151" : !f32_16x32
  %view55 = sched.view %arg65_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op151" "extern_kernels.addmm"(%buf144, %buf150, %view55 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf151 : !f32_16x32) class "ExternKernelOut"
  %buf152 = sched.buffer "buf152" : !f32_16x1
  sched.node "op152" writes(%buf152 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf151[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf152[p0] : !f32_16x1
  }
  %buf153 = sched.buffer "buf153" : !f32_16x1
  sched.node "op153" writes(%buf153 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf151[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf153[p0] : !f32_16x1
  }
  %buf154 = sched.buffer "buf154" : !f32_16x1
  sched.node "op154" writes(%buf154 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf151[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf154[p0] : !f32_16x1
  }
  %buf155 = sched.buffer "buf155" : !f32_16x32
  sched.node "op155" writes(%buf155 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf151[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf152[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf153[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg66_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg67_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf155[32*p0 + p1] : !f32_16x32
  }
  %buf156 = sched.buffer "buf156" : !f32_16x96
  %view56 = sched.view %arg68_1 : !f32_96x32 to !f32_32x96
  sched.extern "op156" "extern_kernels.mm"(%buf155, %view56 : !f32_16x32, !f32_32x96) writes(%buf156 : !f32_16x96) class "ExternKernelOut"
  %buf157 = sched.buffer "buf157" : !f32_16x16
  %view57 = sched.view %buf156 : !f32_16x96 to !f32_16x32_1
  %view58 = sched.view %buf156 : !f32_16x96 to !f32_32x16
  sched.extern "op157" "extern_kernels.mm"(%view57, %view58 : !f32_16x32_1, !f32_32x16) writes(%buf157 : !f32_16x16) class "ExternKernelOut"
  %buf158 = sched.buffer "buf158" : !f32_16x1
  sched.node "op158" writes(%buf158 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf157[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf158[p0] : !f32_16x1
  }
  %buf159 = sched.buffer "buf159" : !f32_16x16
  sched.node "op159" writes(%buf159 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf157[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf158[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf159[16*p0 + p1] : !f32_16x16
  }
  %buf160 = sched.buffer "buf160" : !f32_16x1
  sched.node "op160" writes(%buf160 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf159[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf160[p0] : !f32_16x1
  }
  %buf161 = sched.buffer "buf161" : !f32_16x16
  sched.node "op161" writes(%buf161 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf159[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf160[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf161[16*p0 + p1] : !f32_16x16
  }
  %buf162 = sched.buffer "buf162" : !f32_16x32
  %view59 = sched.view %buf156 : !f32_16x96 to !f32_16x32_2
  sched.extern "op162" "extern_kernels.mm"(%buf161, %view59 : !f32_16x16, !f32_16x32_2) writes(%buf162 : !f32_16x32) class "ExternKernelOut"
  %buf163 = sched.buffer "buf163" : !f32_16x32
  %view60 = sched.view %arg69_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op163" "extern_kernels.addmm"(%buf151, %buf162, %view60 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf163 : !f32_16x32) class "ExternKernelOut"
  %buf164 = sched.buffer "buf164" : !f32_16x1
  sched.node "op164" writes(%buf164 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf163[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf164[p0] : !f32_16x1
  }
  %buf165 = sched.buffer "buf165" : !f32_16x1
  sched.node "op165" writes(%buf165 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf163[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf165[p0] : !f32_16x1
  }
  %buf166 = sched.buffer "buf166" : !f32_16x1
  sched.node "op166" writes(%buf166 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf163[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf166[p0] : !f32_16x1
  }
  %buf167 = sched.buffer "buf167" : !f32_16x32
  sched.node "op167" writes(%buf167 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf163[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf164[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf165[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg70_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg71_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf167[32*p0 + p1] : !f32_16x32
  }
  %buf168 = sched.buffer "buf168" : !f32_16x128
  %view61 = sched.view %arg72_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op168" "extern_kernels.mm"(%buf167, %view61 : !f32_16x32, !f32_32x128_1) writes(%buf168 : !f32_16x128) class "ExternKernelOut"
  %buf169 = sched.buffer "buf169" : !f32_16x128
  sched.node "op169" writes(%buf169 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf168[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf168[p0] : !f32_16x128
    %load_2 = sched.load %buf168[p0] : !f32_16x128
    %load_3 = sched.load %buf168[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf168[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf169[p0] : !f32_16x128
  }
  %buf170 = sched.buffer "buf170" : !f32_16x32
  %view62 = sched.view %arg73_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op170" "extern_kernels.addmm"(%buf163, %buf169, %view62 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf170 : !f32_16x32) class "ExternKernelOut"
  %buf171 = sched.buffer "buf171" : !f32_16x1
  sched.node "op171" writes(%buf171 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf170[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf171[p0] : !f32_16x1
  }
  %buf172 = sched.buffer "buf172" : !f32_16x1
  sched.node "op172" writes(%buf172 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf170[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf172[p0] : !f32_16x1
  }
  %buf173 = sched.buffer "buf173" : !f32_16x1
  sched.node "op173" writes(%buf173 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf170[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf173[p0] : !f32_16x1
  }
  %buf174 = sched.buffer "buf174" : !f32_16x32
  sched.node "op174" writes(%buf174 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf170[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf171[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf172[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg74_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg75_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf174[32*p0 + p1] : !f32_16x32
  }
  %buf175 = sched.buffer "buf175" : !f32_16x96
  %view63 = sched.view %arg76_1 : !f32_96x32 to !f32_32x96
  sched.extern "op175" "extern_kernels.mm"(%buf174, %view63 : !f32_16x32, !f32_32x96) writes(%buf175 : !f32_16x96) class "ExternKernelOut"
  %buf176 = sched.buffer "buf176" : !f32_16x16
  %view64 = sched.view %buf175 : !f32_16x96 to !f32_16x32_1
  %view65 = sched.view %buf175 : !f32_16x96 to !f32_32x16
  sched.extern "op176" "extern_kernels.mm"(%view64, %view65 : !f32_16x32_1, !f32_32x16) writes(%buf176 : !f32_16x16) class "ExternKernelOut"
  %buf177 = sched.buffer "buf177" : !f32_16x1
  sched.node "op177" writes(%buf177 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf176[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf177[p0] : !f32_16x1
  }
  %buf178 = sched.buffer "buf178" : !f32_16x16
  sched.node "op178" writes(%buf178 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf176[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf177[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf178[16*p0 + p1] : !f32_16x16
  }
  %buf179 = sched.buffer "buf179" : !f32_16x1
  sched.node "op179" writes(%buf179 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf178[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf179[p0] : !f32_16x1
  }
  %buf180 = sched.buffer "buf180" : !f32_16x16
  sched.node "op180" writes(%buf180 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf178[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf179[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf180[16*p0 + p1] : !f32_16x16
  }
  %buf181 = sched.buffer "buf181" : !f32_16x32
  %view66 = sched.view %buf175 : !f32_16x96 to !f32_16x32_2
  sched.extern "op181" "extern_kernels.mm"(%buf180, %view66 : !f32_16x16, !f32_16x32_2) writes(%buf181 : !f32_16x32) class "ExternKernelOut"
  %buf182 = sched.buffer "buf182" : !f32_16x32
  %view67 = sched.view %arg77_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op182" "extern_kernels.addmm"(%buf170, %buf181, %view67 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf182 : !f32_16x32) class "ExternKernelOut"
  %buf183 = sched.buffer "buf183" : !f32_16x1
  sched.node "op183" writes(%buf183 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf182[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf183[p0] : !f32_16x1
  }
  %buf184 = sched.buffer "buf184" : !f32_16x1
  sched.node "op184" writes(%buf184 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf182[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf184[p0] : !f32_16x1
  }
  %buf185 = sched.buffer "buf185" : !f32_16x1
  sched.node "op185" writes(%buf185 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf182[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf185[p0] : !f32_16x1
  }
  %buf186 = sched.buffer "buf186" : !f32_16x32
  sched.node "op186" writes(%buf186 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf182[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf183[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf184[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg78_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg79_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf186[32*p0 + p1] : !f32_16x32
  }
  %buf187 = sched.buffer "buf187" : !f32_16x128
  %view68 = sched.view %arg80_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op187" "extern_kernels.mm"(%buf186, %view68 : !f32_16x32, !f32_32x128_1) writes(%buf187 : !f32_16x128) class "ExternKernelOut"
  %buf188 = sched.buffer "buf188" : !f32_16x128
  sched.node "op188" writes(%buf188 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf187[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf187[p0] : !f32_16x128
    %load_2 = sched.load %buf187[p0] : !f32_16x128
    %load_3 = sched.load %buf187[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf187[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf188[p0] : !f32_16x128
  }
  %buf189 = sched.buffer "buf189" : !f32_16x32
  %view69 = sched.view %arg81_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op189" "extern_kernels.addmm"(%buf182, %buf188, %view69 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf189 : !f32_16x32) class "ExternKernelOut"
  %buf190 = sched.buffer "buf190" : !f32_16x1
  sched.node "op190" writes(%buf190 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf189[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf190[p0] : !f32_16x1
  }
  %buf191 = sched.buffer "buf191" : !f32_16x1
  sched.node "op191" writes(%buf191 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf189[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf191[p0] : !f32_16x1
  }
  %buf192 = sched.buffer "buf192" : !f32_16x1
  sched.node "op192" writes(%buf192 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf189[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf192[p0] : !f32_16x1
  }
  %buf193 = sched.buffer "buf193" : !f32_16x32
  sched.node "op193" writes(%buf193 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf189[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf190[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf191[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg82_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg83_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf193[32*p0 + p1] : !f32_16x32
  }
  %buf194 = sched.buffer "buf194" : !f32_16x96
  %view70 = sched.view %arg84_1 : !f32_96x32 to !f32_32x96
  sched.extern "op194" "extern_kernels.mm"(%buf193, %view70 : !f32_16x32, !f32_32x96) writes(%buf194 : !f32_16x96) class "ExternKernelOut"
  %buf195 = sched.buffer "buf195" : !f32_16x16
  %view71 = sched.view %buf194 : !f32_16x96 to !f32_16x32_1
  %view72 = sched.view %buf194 : !f32_16x96 to !f32_32x16
  sched.extern "op195" "extern_kernels.mm"(%view71, %view72 : !f32_16x32_1, !f32_32x16) writes(%buf195 : !f32_16x16) class "ExternKernelOut"
  %buf196 = sched.buffer "buf196" : !f32_16x1
  sched.node "op196" writes(%buf196 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf195[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf196[p0] : !f32_16x1
  }
  %buf197 = sched.buffer "buf197" : !f32_16x16
  sched.node "op197" writes(%buf197 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf195[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf196[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf197[16*p0 + p1] : !f32_16x16
  }
  %buf198 = sched.buffer "buf198" : !f32_16x1
  sched.node "op198" writes(%buf198 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf197[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf198[p0] : !f32_16x1
  }
  %buf199 = sched.buffer "buf199" : !f32_16x16
  sched.node "op199" writes(%buf199 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf197[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf198[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf199[16*p0 + p1] : !f32_16x16
  }
  %buf200 = sched.buffer "buf200" : !f32_16x32
  %view73 = sched.view %buf194 : !f32_16x96 to !f32_16x32_2
  sched.extern "op200" "extern_kernels.mm"(%buf199, %view73 : !f32_16x16, !f32_16x32_2) writes(%buf200 : !f32_16x32) class "ExternKernelOut"
  %buf201 = sched.buffer "buf201" : !f32_16x32
  %view74 = sched.view %arg85_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op201" "extern_kernels.addmm"(%buf189, %buf200, %view74 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf201 : !f32_16x32) class "ExternKernelOut"
  %buf202 = sched.buffer "buf202" : !f32_16x1
  sched.node "op202" writes(%buf202 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf201[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf202[p0] : !f32_16x1
  }
  %buf203 = sched.buffer "buf203" : !f32_16x1
  sched.node "op203" writes(%buf203 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf201[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf203[p0] : !f32_16x1
  }
  %buf204 = sched.buffer "buf204" : !f32_16x1
  sched.node "op204" writes(%buf204 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf201[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf204[p0] : !f32_16x1
  }
  %buf205 = sched.buffer "buf205" : !f32_16x32
  sched.node "op205" writes(%buf205 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf201[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf202[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf203[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg86_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg87_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf205[32*p0 + p1] : !f32_16x32
  }
  %buf206 = sched.buffer "buf206" : !f32_16x128
  %view75 = sched.view %arg88_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op206" "extern_kernels.mm"(%buf205, %view75 : !f32_16x32, !f32_32x128_1) writes(%buf206 : !f32_16x128) class "ExternKernelOut"
  %buf207 = sched.buffer "buf207" : !f32_16x128
  sched.node "op207" writes(%buf207 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf206[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf206[p0] : !f32_16x128
    %load_2 = sched.load %buf206[p0] : !f32_16x128
    %load_3 = sched.load %buf206[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf206[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf207[p0] : !f32_16x128
  }
  %buf208 = sched.buffer "buf208" : !f32_16x32
  %view76 = sched.view %arg89_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op208" "extern_kernels.addmm"(%buf201, %buf207, %view76 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf208 : !f32_16x32) class "ExternKernelOut"
  %buf209 = sched.buffer "buf209" : !f32_16x1
  sched.node "op209" writes(%buf209 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf208[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf209[p0] : !f32_16x1
  }
  %buf210 = sched.buffer "buf210" : !f32_16x1
  sched.node "op210" writes(%buf210 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf208[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf210[p0] : !f32_16x1
  }
  %buf211 = sched.buffer "buf211" : !f32_16x1
  sched.node "op211" writes(%buf211 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf208[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf211[p0] : !f32_16x1
  }
  %buf212 = sched.buffer "buf212" : !f32_16x32
  sched.node "op212" writes(%buf212 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf208[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf209[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf210[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg90_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg91_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf212[32*p0 + p1] : !f32_16x32
  }
  %buf213 = sched.buffer "buf213" : !f32_16x96
  %view77 = sched.view %arg92_1 : !f32_96x32 to !f32_32x96
  sched.extern "op213" "extern_kernels.mm"(%buf212, %view77 : !f32_16x32, !f32_32x96) writes(%buf213 : !f32_16x96) class "ExternKernelOut"
  %buf214 = sched.buffer "buf214" : !f32_16x16
  %view78 = sched.view %buf213 : !f32_16x96 to !f32_16x32_1
  %view79 = sched.view %buf213 : !f32_16x96 to !f32_32x16
  sched.extern "op214" "extern_kernels.mm"(%view78, %view79 : !f32_16x32_1, !f32_32x16) writes(%buf214 : !f32_16x16) class "ExternKernelOut"
  %buf215 = sched.buffer "buf215" : !f32_16x1
  sched.node "op215" writes(%buf215 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf214[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf215[p0] : !f32_16x1
  }
  %buf216 = sched.buffer "buf216" : !f32_16x16
  sched.node "op216" writes(%buf216 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf214[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf215[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    sched.store %exp, %buf216[16*p0 + p1] : !f32_16x16
  }
  %buf217 = sched.buffer "buf217" : !f32_16x1
  sched.node "op217" writes(%buf217 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %buf216[16*p0 + p1] : !f32_16x16
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf217[p0] : !f32_16x1
  }
  %buf218 = sched.buffer "buf218" : !f32_16x16
  sched.node "op218" writes(%buf218 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %buf216[16*p0 + p1] : !f32_16x16
    %load_1 = sched.load %buf217[p0] : !f32_16x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf218[16*p0 + p1] : !f32_16x16
  }
  %buf219 = sched.buffer "buf219" : !f32_16x32
  %view80 = sched.view %buf213 : !f32_16x96 to !f32_16x32_2
  sched.extern "op219" "extern_kernels.mm"(%buf218, %view80 : !f32_16x16, !f32_16x32_2) writes(%buf219 : !f32_16x32) class "ExternKernelOut"
  %buf220 = sched.buffer "buf220" : !f32_16x32
  %view81 = sched.view %arg93_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op220" "extern_kernels.addmm"(%buf208, %buf219, %view81 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf220 : !f32_16x32) class "ExternKernelOut"
  %buf221 = sched.buffer "buf221" : !f32_16x1
  sched.node "op221" writes(%buf221 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf220[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf221[p0] : !f32_16x1
  }
  %buf222 = sched.buffer "buf222" : !f32_16x1
  sched.node "op222" writes(%buf222 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf220[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf222[p0] : !f32_16x1
  }
  %buf223 = sched.buffer "buf223" : !f32_16x1
  sched.node "op223" writes(%buf223 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf220[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf223[p0] : !f32_16x1
  }
  %buf224 = sched.buffer "buf224" : !f32_16x32
  sched.node "op224" writes(%buf224 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf220[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf221[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf222[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    %load_3 = sched.load %arg94_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg95_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf224[32*p0 + p1] : !f32_16x32
  }
  %buf225 = sched.buffer "buf225" : !f32_16x128
  %view82 = sched.view %arg96_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op225" "extern_kernels.mm"(%buf224, %view82 : !f32_16x32, !f32_32x128_1) writes(%buf225 : !f32_16x128) class "ExternKernelOut"
  %buf226 = sched.buffer "buf226" : !f32_16x128
  sched.node "op226" writes(%buf226 : !f32_16x128) ranges [2048] {
    %load = sched.load %buf225[p0] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf225[p0] : !f32_16x128
    %load_2 = sched.load %buf225[p0] : !f32_16x128
    %load_3 = sched.load %buf225[p0] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf225[p0] : !f32_16x128
    %mul_2 = arith.mulf %mul_1, %load_4 : f32
    %constant_1 = arith.constant {sched.python_value = 0.044715 : f64} 0.044715 : f32
    %mul_3 = arith.mulf %mul_2, %constant_1 : f32
    %add = arith.addf %load_1, %mul_3 : f32
    %constant_2 = arith.constant {sched.python_value = 0.7978845608028654 : f64} 0.7978845608028654 : f32
    %mul_4 = arith.mulf %add, %constant_2 : f32
    %tanh = math.tanh %mul_4 : f32
    %constant_3 = arith.constant 1.0 : f32
    %add_1 = arith.addf %tanh, %constant_3 : f32
    %mul_5 = arith.mulf %mul, %add_1 : f32
    sched.store %mul_5, %buf226[p0] : !f32_16x128
  }
  %buf227 = sched.buffer "buf227" : !f32_16x32
  %view83 = sched.view %arg97_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op227" "extern_kernels.addmm"(%buf220, %buf226, %view83 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf227 : !f32_16x32) class "ExternKernelOut"
  %buf228 = sched.buffer "buf228" : !f32_16x1
  sched.node "op228" writes(%buf228 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf227[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf228[p0] : !f32_16x1
  }
  %buf229 = sched.buffer "buf229" : !f32_16x1
  sched.node "op229" writes(%buf229 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf227[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf229[p0] : !f32_16x1
  }
  %buf230 = sched.buffer "buf230" : !f32_16x1
  sched.node "op230" writes(%buf230 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf227[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf230[p0] : !f32_16x1
  }
  %buf231 = sched.buffer "buf231" : !f32_16x32
  sched.node "op231" writes(%buf231 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf227[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf228[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf229[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    sched.store %mul, %buf231[32*p0 + p1] : !f32_16x32
  }
  sched.output %buf231 : !f32_16x32
}
