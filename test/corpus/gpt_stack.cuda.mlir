!f32_16x32 = !sched.buffer<[16, 32], f32, strides = [32, 1], device = "cuda:0">
!f32_32 = !sched.buffer<[32], f32, strides = [1], device = "cuda:0">
!f32_96x32 = !sched.buffer<[96, 32], f32, strides = [32, 1], device = "cuda:0">
!i1_16x16 = !sched.buffer<[16, 16], i1, strides = [16, 1], device = "cuda:0">
!f32_32x32 = !sched.buffer<[32, 32], f32, strides = [32, 1], device = "cuda:0">
!f32_128x32 = !sched.buffer<[128, 32], f32, strides = [32, 1], device = "cuda:0">
!f32_32x128 = !sched.buffer<[32, 128], f32, strides = [128, 1], device = "cuda:0">
!f32_16x1 = !sched.buffer<[16, 1], f32, strides = [1, 16], device = "cuda:0">
!f32_16x96 = !sched.buffer<[16, 96], f32, strides = [96, 1], device = "cuda:0">
!f32_32x96 = !sched.buffer<[32, 96], f32, strides = [1, 32], device = "cuda:0">
!f32_16x16 = !sched.buffer<[16, 16], f32, strides = [16, 1], device = "cuda:0">
!f32_16x32_1 = !sched.buffer<[16, 32], f32, strides = [96, 1], device = "cuda:0">
!f32_32x16 = !sched.buffer<[32, 16], f32, strides = [1, 96], offset = 32, device = "cuda:0">
!f32_16x32_2 = !sched.buffer<[16, 32], f32, strides = [96, 1], offset = 64, device = "cuda:0">
!f32_32x32_1 = !sched.buffer<[32, 32], f32, strides = [1, 32], device = "cuda:0">
!f32_16x128 = !sched.buffer<[16, 128], f32, strides = [128, 1], device = "cuda:0">
!f32_32x128_1 = !sched.buffer<[32, 128], f32, strides = [1, 32], device = "cuda:0">
!f32_128x32_1 = !sched.buffer<[128, 32], f32, strides = [1, 128], device = "cuda:0">

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
  %buf7 = sched.buffer "buf7" : !f32_16x1
  sched.node "op7" writes(%buf7 : !f32_16x1) ranges [16] reduce [16] {
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
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf7[p0] : !f32_16x1
  }
  %buf8 = sched.buffer "buf8" : !f32_16x16
  sched.node "op8" writes(%buf8 : !f32_16x16) ranges [16, 16] {
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
    %load_3 = sched.load %buf7[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf8[16*p0 + p1] : !f32_16x16
  }
  %buf9 = sched.buffer "buf9" : !f32_16x32
  %view3 = sched.view %buf4 : !f32_16x96 to !f32_16x32_2
  sched.extern "op9" "extern_kernels.mm"(%buf8, %view3 : !f32_16x16, !f32_16x32_2) writes(%buf9 : !f32_16x32) class "ExternKernelOut"
  %buf10 = sched.buffer "buf10" : !f32_16x32
  %view4 = sched.view %arg5_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op10" "extern_kernels.addmm"(%arg0_1, %buf9, %view4 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf10 : !f32_16x32) class "ExternKernelOut"
  %buf11 = sched.buffer "buf11" : !f32_16x1
  sched.node "op11" writes(%buf11 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf10[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf11[p0] : !f32_16x1
  }
  %buf12 = sched.buffer "buf12" : !f32_16x1
  sched.node "op12" writes(%buf12 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf10[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf12[p0] : !f32_16x1
  }
  %buf13 = sched.buffer "buf13" : !f32_16x1
  sched.node "op13" writes(%buf13 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf10[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf13[p0] : !f32_16x1
  }
  %buf14 = sched.buffer "buf14" : !f32_16x32
  sched.node "op14" writes(%buf14 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf10[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf11[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf12[p0] : !f32_16x1
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
    sched.store %add_1, %buf14[32*p0 + p1] : !f32_16x32
  }
  %buf15 = sched.buffer "buf15" : !f32_16x128
  %view5 = sched.view %arg8_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op15" "extern_kernels.mm"(%buf14, %view5 : !f32_16x32, !f32_32x128_1) writes(%buf15 : !f32_16x128) class "ExternKernelOut"
  %buf16 = sched.buffer "buf16" : !f32_16x128
  sched.node "op16" writes(%buf16 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf15[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf15[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf15[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf15[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf15[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf16[128*p0 + p1] : !f32_16x128
  }
  %buf17 = sched.buffer "buf17" : !f32_16x32
  %view6 = sched.view %arg9_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op17" "extern_kernels.addmm"(%buf10, %buf16, %view6 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf17 : !f32_16x32) class "ExternKernelOut"
  %buf18 = sched.buffer "buf18" : !f32_16x1
  sched.node "op18" writes(%buf18 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf17[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf18[p0] : !f32_16x1
  }
  %buf19 = sched.buffer "buf19" : !f32_16x1
  sched.node "op19" writes(%buf19 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf17[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf19[p0] : !f32_16x1
  }
  %buf20 = sched.buffer "buf20" : !f32_16x1
  sched.node "op20" writes(%buf20 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf17[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf20[p0] : !f32_16x1
  }
  %buf21 = sched.buffer "buf21" : !f32_16x32
  sched.node "op21" writes(%buf21 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf17[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf18[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf19[p0] : !f32_16x1
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
    sched.store %add_1, %buf21[32*p0 + p1] : !f32_16x32
  }
  %buf22 = sched.buffer "buf22" : !f32_16x96
  %view7 = sched.view %arg12_1 : !f32_96x32 to !f32_32x96
  sched.extern "op22" "extern_kernels.mm"(%buf21, %view7 : !f32_16x32, !f32_32x96) writes(%buf22 : !f32_16x96) class "ExternKernelOut"
  %buf23 = sched.buffer "buf23" : !f32_16x16
  %view8 = sched.view %buf22 : !f32_16x96 to !f32_16x32_1
  %view9 = sched.view %buf22 : !f32_16x96 to !f32_32x16
  sched.extern "op23" "extern_kernels.mm"(%view8, %view9 : !f32_16x32_1, !f32_32x16) writes(%buf23 : !f32_16x16) class "ExternKernelOut"
  %buf24 = sched.buffer "buf24" : !f32_16x1
  sched.node "op24" writes(%buf24 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf23[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf24[p0] : !f32_16x1
  }
  %buf25 = sched.buffer "buf25" : !f32_16x1
  sched.node "op25" writes(%buf25 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf23[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf24[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf25[p0] : !f32_16x1
  }
  %buf26 = sched.buffer "buf26" : !f32_16x16
  sched.node "op26" writes(%buf26 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf23[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf24[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf25[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf26[16*p0 + p1] : !f32_16x16
  }
  %buf27 = sched.buffer "buf27" : !f32_16x32
  %view10 = sched.view %buf22 : !f32_16x96 to !f32_16x32_2
  sched.extern "op27" "extern_kernels.mm"(%buf26, %view10 : !f32_16x16, !f32_16x32_2) writes(%buf27 : !f32_16x32) class "ExternKernelOut"
  %buf28 = sched.buffer "buf28" : !f32_16x32
  %view11 = sched.view %arg13_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op28" "extern_kernels.addmm"(%buf17, %buf27, %view11 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf28 : !f32_16x32) class "ExternKernelOut"
  %buf29 = sched.buffer "buf29" : !f32_16x1
  sched.node "op29" writes(%buf29 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf28[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf29[p0] : !f32_16x1
  }
  %buf30 = sched.buffer "buf30" : !f32_16x1
  sched.node "op30" writes(%buf30 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf28[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf30[p0] : !f32_16x1
  }
  %buf31 = sched.buffer "buf31" : !f32_16x1
  sched.node "op31" writes(%buf31 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf28[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf31[p0] : !f32_16x1
  }
  %buf32 = sched.buffer "buf32" : !f32_16x32
  sched.node "op32" writes(%buf32 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf28[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf29[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf30[p0] : !f32_16x1
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
    sched.store %add_1, %buf32[32*p0 + p1] : !f32_16x32
  }
  %buf33 = sched.buffer "buf33" : !f32_16x128
  %view12 = sched.view %arg16_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op33" "extern_kernels.mm"(%buf32, %view12 : !f32_16x32, !f32_32x128_1) writes(%buf33 : !f32_16x128) class "ExternKernelOut"
  %buf34 = sched.buffer "buf34" : !f32_16x128
  sched.node "op34" writes(%buf34 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf33[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf33[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf33[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf33[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf33[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf34[128*p0 + p1] : !f32_16x128
  }
  %buf35 = sched.buffer "buf35" : !f32_16x32
  %view13 = sched.view %arg17_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op35" "extern_kernels.addmm"(%buf28, %buf34, %view13 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf35 : !f32_16x32) class "ExternKernelOut"
  %buf36 = sched.buffer "buf36" : !f32_16x1
  sched.node "op36" writes(%buf36 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf35[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf36[p0] : !f32_16x1
  }
  %buf37 = sched.buffer "buf37" : !f32_16x1
  sched.node "op37" writes(%buf37 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf35[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf37[p0] : !f32_16x1
  }
  %buf38 = sched.buffer "buf38" : !f32_16x1
  sched.node "op38" writes(%buf38 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf35[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf38[p0] : !f32_16x1
  }
  %buf39 = sched.buffer "buf39" : !f32_16x32
  sched.node "op39" writes(%buf39 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf35[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf36[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf37[p0] : !f32_16x1
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
    sched.store %add_1, %buf39[32*p0 + p1] : !f32_16x32
  }
  %buf40 = sched.buffer "buf40" : !f32_16x96
  %view14 = sched.view %arg20_1 : !f32_96x32 to !f32_32x96
  sched.extern "op40" "extern_kernels.mm"(%buf39, %view14 : !f32_16x32, !f32_32x96) writes(%buf40 : !f32_16x96) class "ExternKernelOut"
  %buf41 = sched.buffer "buf41" : !f32_16x16
  %view15 = sched.view %buf40 : !f32_16x96 to !f32_16x32_1
  %view16 = sched.view %buf40 : !f32_16x96 to !f32_32x16
  sched.extern "op41" "extern_kernels.mm"(%view15, %view16 : !f32_16x32_1, !f32_32x16) writes(%buf41 : !f32_16x16) class "ExternKernelOut"
  %buf42 = sched.buffer "buf42" : !f32_16x1
  sched.node "op42" writes(%buf42 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf41[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf42[p0] : !f32_16x1
  }
  %buf43 = sched.buffer "buf43" : !f32_16x1
  sched.node "op43" writes(%buf43 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf41[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf42[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf43[p0] : !f32_16x1
  }
  %buf44 = sched.buffer "buf44" : !f32_16x16
  sched.node "op44" writes(%buf44 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf41[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf42[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf43[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf44[16*p0 + p1] : !f32_16x16
  }
  %buf45 = sched.buffer "buf45" : !f32_16x32
  %view17 = sched.view %buf40 : !f32_16x96 to !f32_16x32_2
  sched.extern "op45" "extern_kernels.mm"(%buf44, %view17 : !f32_16x16, !f32_16x32_2) writes(%buf45 : !f32_16x32) class "ExternKernelOut"
  %buf46 = sched.buffer "buf46" : !f32_16x32
  %view18 = sched.view %arg21_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op46" "extern_kernels.addmm"(%buf35, %buf45, %view18 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf46 : !f32_16x32) class "ExternKernelOut"
  %buf47 = sched.buffer "buf47" : !f32_16x1
  sched.node "op47" writes(%buf47 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf46[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf47[p0] : !f32_16x1
  }
  %buf48 = sched.buffer "buf48" : !f32_16x1
  sched.node "op48" writes(%buf48 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf46[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf48[p0] : !f32_16x1
  }
  %buf49 = sched.buffer "buf49" : !f32_16x1
  sched.node "op49" writes(%buf49 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf46[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf49[p0] : !f32_16x1
  }
  %buf50 = sched.buffer "buf50" : !f32_16x32
  sched.node "op50" writes(%buf50 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf46[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf47[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf48[p0] : !f32_16x1
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
    sched.store %add_1, %buf50[32*p0 + p1] : !f32_16x32
  }
  %buf51 = sched.buffer "buf51" : !f32_16x128
  %view19 = sched.view %arg24_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op51" "extern_kernels.mm"(%buf50, %view19 : !f32_16x32, !f32_32x128_1) writes(%buf51 : !f32_16x128) class "ExternKernelOut"
  %buf52 = sched.buffer "buf52" : !f32_16x128
  sched.node "op52" writes(%buf52 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf51[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf51[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf51[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf51[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf51[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf52[128*p0 + p1] : !f32_16x128
  }
  %buf53 = sched.buffer "buf53" : !f32_16x32
  %view20 = sched.view %arg25_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op53" "extern_kernels.addmm"(%buf46, %buf52, %view20 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf53 : !f32_16x32) class "ExternKernelOut"
  %buf54 = sched.buffer "buf54" : !f32_16x1
  sched.node "op54" writes(%buf54 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf53[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf54[p0] : !f32_16x1
  }
  %buf55 = sched.buffer "buf55" : !f32_16x1
  sched.node "op55" writes(%buf55 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf53[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf55[p0] : !f32_16x1
  }
  %buf56 = sched.buffer "buf56" : !f32_16x1
  sched.node "op56" writes(%buf56 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf53[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf56[p0] : !f32_16x1
  }
  %buf57 = sched.buffer "buf57" : !f32_16x32
  sched.node "op57" writes(%buf57 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf53[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf54[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf55[p0] : !f32_16x1
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
    sched.store %add_1, %buf57[32*p0 + p1] : !f32_16x32
  }
  %buf58 = sched.buffer "buf58" : !f32_16x96
  %view21 = sched.view %arg28_1 : !f32_96x32 to !f32_32x96
  sched.extern "op58" "extern_kernels.mm"(%buf57, %view21 : !f32_16x32, !f32_32x96) writes(%buf58 : !f32_16x96) class "ExternKernelOut"
  %buf59 = sched.buffer "buf59" : !f32_16x16
  %view22 = sched.view %buf58 : !f32_16x96 to !f32_16x32_1
  %view23 = sched.view %buf58 : !f32_16x96 to !f32_32x16
  sched.extern "op59" "extern_kernels.mm"(%view22, %view23 : !f32_16x32_1, !f32_32x16) writes(%buf59 : !f32_16x16) class "ExternKernelOut"
  %buf60 = sched.buffer "buf60" : !f32_16x1
  sched.node "op60" writes(%buf60 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf59[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf60[p0] : !f32_16x1
  }
  %buf61 = sched.buffer "buf61" : !f32_16x1
  sched.node "op61" writes(%buf61 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf59[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf60[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf61[p0] : !f32_16x1
  }
  %buf62 = sched.buffer "buf62" : !f32_16x16
  sched.node "op62" writes(%buf62 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf59[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf60[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf61[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf62[16*p0 + p1] : !f32_16x16
  }
  %buf63 = sched.buffer "buf63" : !f32_16x32
  %view24 = sched.view %buf58 : !f32_16x96 to !f32_16x32_2
  sched.extern "op63" "extern_kernels.mm"(%buf62, %view24 : !f32_16x16, !f32_16x32_2) writes(%buf63 : !f32_16x32) class "ExternKernelOut"
  %buf64 = sched.buffer "buf64" : !f32_16x32
  %view25 = sched.view %arg29_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op64" "extern_kernels.addmm"(%buf53, %buf63, %view25 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf64 : !f32_16x32) class "ExternKernelOut"
  %buf65 = sched.buffer "buf65" : !f32_16x1
  sched.node "op65" writes(%buf65 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf64[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf65[p0] : !f32_16x1
  }
  %buf66 = sched.buffer "buf66" : !f32_16x1
  sched.node "op66" writes(%buf66 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf64[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf66[p0] : !f32_16x1
  }
  %buf67 = sched.buffer "buf67" : !f32_16x1
  sched.node "op67" writes(%buf67 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf64[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf67[p0] : !f32_16x1
  }
  %buf68 = sched.buffer "buf68" : !f32_16x32
  sched.node "op68" writes(%buf68 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf64[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf65[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf66[p0] : !f32_16x1
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
    sched.store %add_1, %buf68[32*p0 + p1] : !f32_16x32
  }
  %buf69 = sched.buffer "buf69" : !f32_16x128
  %view26 = sched.view %arg32_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op69" "extern_kernels.mm"(%buf68, %view26 : !f32_16x32, !f32_32x128_1) writes(%buf69 : !f32_16x128) class "ExternKernelOut"
  %buf70 = sched.buffer "buf70" : !f32_16x128
  sched.node "op70" writes(%buf70 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf69[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf69[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf69[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf69[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf69[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf70[128*p0 + p1] : !f32_16x128
  }
  %buf71 = sched.buffer "buf71" : !f32_16x32
  %view27 = sched.view %arg33_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op71" "extern_kernels.addmm"(%buf64, %buf70, %view27 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf71 : !f32_16x32) class "ExternKernelOut"
  %buf72 = sched.buffer "buf72" : !f32_16x1
  sched.node "op72" writes(%buf72 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf71[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf72[p0] : !f32_16x1
  }
  %buf73 = sched.buffer "buf73" : !f32_16x1
  sched.node "op73" writes(%buf73 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf71[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf73[p0] : !f32_16x1
  }
  %buf74 = sched.buffer "buf74" : !f32_16x1
  sched.node "op74" writes(%buf74 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf71[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf74[p0] : !f32_16x1
  }
  %buf75 = sched.buffer "buf75" : !f32_16x32
  sched.node "op75" writes(%buf75 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf71[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf72[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf73[p0] : !f32_16x1
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
    sched.store %add_1, %buf75[32*p0 + p1] : !f32_16x32
  }
  %buf76 = sched.buffer "buf76" : !f32_16x96
  %view28 = sched.view %arg36_1 : !f32_96x32 to !f32_32x96
  sched.extern "op76" "extern_kernels.mm"(%buf75, %view28 : !f32_16x32, !f32_32x96) writes(%buf76 : !f32_16x96) class "ExternKernelOut"
  %buf77 = sched.buffer "buf77" : !f32_16x16
  %view29 = sched.view %buf76 : !f32_16x96 to !f32_16x32_1
  %view30 = sched.view %buf76 : !f32_16x96 to !f32_32x16
  sched.extern "op77" "extern_kernels.mm"(%view29, %view30 : !f32_16x32_1, !f32_32x16) writes(%buf77 : !f32_16x16) class "ExternKernelOut"
  %buf78 = sched.buffer "buf78" : !f32_16x1
  sched.node "op78" writes(%buf78 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf77[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf78[p0] : !f32_16x1
  }
  %buf79 = sched.buffer "buf79" : !f32_16x1
  sched.node "op79" writes(%buf79 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf77[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf78[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf79[p0] : !f32_16x1
  }
  %buf80 = sched.buffer "buf80" : !f32_16x16
  sched.node "op80" writes(%buf80 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf77[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf78[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf79[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf80[16*p0 + p1] : !f32_16x16
  }
  %buf81 = sched.buffer "buf81" : !f32_16x32
  %view31 = sched.view %buf76 : !f32_16x96 to !f32_16x32_2
  sched.extern "op81" "extern_kernels.mm"(%buf80, %view31 : !f32_16x16, !f32_16x32_2) writes(%buf81 : !f32_16x32) class "ExternKernelOut"
  %buf82 = sched.buffer "buf82" : !f32_16x32
  %view32 = sched.view %arg37_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op82" "extern_kernels.addmm"(%buf71, %buf81, %view32 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf82 : !f32_16x32) class "ExternKernelOut"
  %buf83 = sched.buffer "buf83" : !f32_16x1
  sched.node "op83" writes(%buf83 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf82[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf83[p0] : !f32_16x1
  }
  %buf84 = sched.buffer "buf84" : !f32_16x1
  sched.node "op84" writes(%buf84 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf82[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf84[p0] : !f32_16x1
  }
  %buf85 = sched.buffer "buf85" : !f32_16x1
  sched.node "op85" writes(%buf85 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf82[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf85[p0] : !f32_16x1
  }
  %buf86 = sched.buffer "buf86" : !f32_16x32
  sched.node "op86" writes(%buf86 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf82[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf83[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf84[p0] : !f32_16x1
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
    sched.store %add_1, %buf86[32*p0 + p1] : !f32_16x32
  }
  %buf87 = sched.buffer "buf87" : !f32_16x128
  %view33 = sched.view %arg40_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op87" "extern_kernels.mm"(%buf86, %view33 : !f32_16x32, !f32_32x128_1) writes(%buf87 : !f32_16x128) class "ExternKernelOut"
  %buf88 = sched.buffer "buf88" : !f32_16x128
  sched.node "op88" writes(%buf88 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf87[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf87[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf87[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf87[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf87[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf88[128*p0 + p1] : !f32_16x128
  }
  %buf89 = sched.buffer "buf89" : !f32_16x32
  %view34 = sched.view %arg41_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op89" "extern_kernels.addmm"(%buf82, %buf88, %view34 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf89 : !f32_16x32) class "ExternKernelOut"
  %buf90 = sched.buffer "buf90" : !f32_16x1
  sched.node "op90" writes(%buf90 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf89[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf90[p0] : !f32_16x1
  }
  %buf91 = sched.buffer "buf91" : !f32_16x1
  sched.node "op91" writes(%buf91 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf89[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf91[p0] : !f32_16x1
  }
  %buf92 = sched.buffer "buf92" : !f32_16x1
  sched.node "op92" writes(%buf92 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf89[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf92[p0] : !f32_16x1
  }
  %buf93 = sched.buffer "buf93" : !f32_16x32
  sched.node "op93" writes(%buf93 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf89[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf90[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf91[p0] : !f32_16x1
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
    sched.store %add_1, %buf93[32*p0 + p1] : !f32_16x32
  }
  %buf94 = sched.buffer "buf94" : !f32_16x96
  %view35 = sched.view %arg44_1 : !f32_96x32 to !f32_32x96
  sched.extern "op94" "extern_kernels.mm"(%buf93, %view35 : !f32_16x32, !f32_32x96) writes(%buf94 : !f32_16x96) class "ExternKernelOut"
  %buf95 = sched.buffer "buf95" : !f32_16x16
  %view36 = sched.view %buf94 : !f32_16x96 to !f32_16x32_1
  %view37 = sched.view %buf94 : !f32_16x96 to !f32_32x16
  sched.extern "op95" "extern_kernels.mm"(%view36, %view37 : !f32_16x32_1, !f32_32x16) writes(%buf95 : !f32_16x16) class "ExternKernelOut"
  %buf96 = sched.buffer "buf96" : !f32_16x1
  sched.node "op96" writes(%buf96 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf95[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf96[p0] : !f32_16x1
  }
  %buf97 = sched.buffer "buf97" : !f32_16x1
  sched.node "op97" writes(%buf97 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf95[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf96[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf97[p0] : !f32_16x1
  }
  %buf98 = sched.buffer "buf98" : !f32_16x16
  sched.node "op98" writes(%buf98 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf95[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf96[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf97[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf98[16*p0 + p1] : !f32_16x16
  }
  %buf99 = sched.buffer "buf99" : !f32_16x32
  %view38 = sched.view %buf94 : !f32_16x96 to !f32_16x32_2
  sched.extern "op99" "extern_kernels.mm"(%buf98, %view38 : !f32_16x16, !f32_16x32_2) writes(%buf99 : !f32_16x32) class "ExternKernelOut"
  %buf100 = sched.buffer "buf100" : !f32_16x32
  %view39 = sched.view %arg45_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op100" "extern_kernels.addmm"(%buf89, %buf99, %view39 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf100 : !f32_16x32) class "ExternKernelOut"
  %buf101 = sched.buffer "buf101" : !f32_16x1
  sched.node "op101" writes(%buf101 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf100[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf101[p0] : !f32_16x1
  }
  %buf102 = sched.buffer "buf102" : !f32_16x1
  sched.node "op102" writes(%buf102 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf100[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf102[p0] : !f32_16x1
  }
  %buf103 = sched.buffer "buf103" : !f32_16x1
  sched.node "op103" writes(%buf103 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf100[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf103[p0] : !f32_16x1
  }
  %buf104 = sched.buffer "buf104" : !f32_16x32
  sched.node "op104" writes(%buf104 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf100[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf101[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf102[p0] : !f32_16x1
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
    sched.store %add_1, %buf104[32*p0 + p1] : !f32_16x32
  }
  %buf105 = sched.buffer "buf105" : !f32_16x128
  %view40 = sched.view %arg48_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op105" "extern_kernels.mm"(%buf104, %view40 : !f32_16x32, !f32_32x128_1) writes(%buf105 : !f32_16x128) class "ExternKernelOut"
  %buf106 = sched.buffer "buf106" : !f32_16x128
  sched.node "op106" writes(%buf106 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf105[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf105[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf105[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf105[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf105[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf106[128*p0 + p1] : !f32_16x128
  }
  %buf107 = sched.buffer "buf107" : !f32_16x32
  %view41 = sched.view %arg49_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op107" "extern_kernels.addmm"(%buf100, %buf106, %view41 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf107 : !f32_16x32) class "ExternKernelOut"
  %buf108 = sched.buffer "buf108" : !f32_16x1
  sched.node "op108" writes(%buf108 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf107[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf108[p0] : !f32_16x1
  }
  %buf109 = sched.buffer "buf109" : !f32_16x1
  sched.node "op109" writes(%buf109 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf107[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf109[p0] : !f32_16x1
  }
  %buf110 = sched.buffer "buf110" : !f32_16x1
  sched.node "op110" writes(%buf110 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf107[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf110[p0] : !f32_16x1
  }
  %buf111 = sched.buffer "buf111" : !f32_16x32
  sched.node "op111" writes(%buf111 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf107[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf108[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf109[p0] : !f32_16x1
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
    sched.store %add_1, %buf111[32*p0 + p1] : !f32_16x32
  }
  %buf112 = sched.buffer "buf112" : !f32_16x96
  %view42 = sched.view %arg52_1 : !f32_96x32 to !f32_32x96
  sched.extern "op112" "extern_kernels.mm"(%buf111, %view42 : !f32_16x32, !f32_32x96) writes(%buf112 : !f32_16x96) class "ExternKernelOut"
  %buf113 = sched.buffer "buf113" : !f32_16x16
  %view43 = sched.view %buf112 : !f32_16x96 to !f32_16x32_1
  %view44 = sched.view %buf112 : !f32_16x96 to !f32_32x16
  sched.extern "op113" "extern_kernels.mm"(%view43, %view44 : !f32_16x32_1, !f32_32x16) writes(%buf113 : !f32_16x16) class "ExternKernelOut"
  %buf114 = sched.buffer "buf114" : !f32_16x1
  sched.node "op114" writes(%buf114 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf113[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf114[p0] : !f32_16x1
  }
  %buf115 = sched.buffer "buf115" : !f32_16x1
  sched.node "op115" writes(%buf115 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf113[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf114[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf115[p0] : !f32_16x1
  }
  %buf116 = sched.buffer "buf116" : !f32_16x16
  sched.node "op116" writes(%buf116 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf113[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf114[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf115[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf116[16*p0 + p1] : !f32_16x16
  }
  %buf117 = sched.buffer "buf117" : !f32_16x32
  %view45 = sched.view %buf112 : !f32_16x96 to !f32_16x32_2
  sched.extern "op117" "extern_kernels.mm"(%buf116, %view45 : !f32_16x16, !f32_16x32_2) writes(%buf117 : !f32_16x32) class "ExternKernelOut"
  %buf118 = sched.buffer "buf118" : !f32_16x32
  %view46 = sched.view %arg53_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op118" "extern_kernels.addmm"(%buf107, %buf117, %view46 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf118 : !f32_16x32) class "ExternKernelOut"
  %buf119 = sched.buffer "buf119" : !f32_16x1
  sched.node "op119" writes(%buf119 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf118[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf119[p0] : !f32_16x1
  }
  %buf120 = sched.buffer "buf120" : !f32_16x1
  sched.node "op120" writes(%buf120 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf118[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf120[p0] : !f32_16x1
  }
  %buf121 = sched.buffer "buf121" : !f32_16x1
  sched.node "op121" writes(%buf121 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf118[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf121[p0] : !f32_16x1
  }
  %buf122 = sched.buffer "buf122" : !f32_16x32
  sched.node "op122" writes(%buf122 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf118[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf119[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf120[p0] : !f32_16x1
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
    sched.store %add_1, %buf122[32*p0 + p1] : !f32_16x32
  }
  %buf123 = sched.buffer "buf123" : !f32_16x128
  %view47 = sched.view %arg56_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op123" "extern_kernels.mm"(%buf122, %view47 : !f32_16x32, !f32_32x128_1) writes(%buf123 : !f32_16x128) class "ExternKernelOut"
  %buf124 = sched.buffer "buf124" : !f32_16x128
  sched.node "op124" writes(%buf124 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf123[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf123[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf123[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf123[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf123[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf124[128*p0 + p1] : !f32_16x128
  }
  %buf125 = sched.buffer "buf125" : !f32_16x32
  %view48 = sched.view %arg57_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op125" "extern_kernels.addmm"(%buf118, %buf124, %view48 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf125 : !f32_16x32) class "ExternKernelOut"
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
    %load_3 = sched.load %arg58_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg59_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf129[32*p0 + p1] : !f32_16x32
  }
  %buf130 = sched.buffer "buf130" : !f32_16x96
  %view49 = sched.view %arg60_1 : !f32_96x32 to !f32_32x96
  sched.extern "op130" "extern_kernels.mm"(%buf129, %view49 : !f32_16x32, !f32_32x96) writes(%buf130 : !f32_16x96) class "ExternKernelOut"
  %buf131 = sched.buffer "buf131" : !f32_16x16
  %view50 = sched.view %buf130 : !f32_16x96 to !f32_16x32_1
  %view51 = sched.view %buf130 : !f32_16x96 to !f32_32x16
  sched.extern "op131" "extern_kernels.mm"(%view50, %view51 : !f32_16x32_1, !f32_32x16) writes(%buf131 : !f32_16x16) class "ExternKernelOut"
  %buf132 = sched.buffer "buf132" : !f32_16x1
  sched.node "op132" writes(%buf132 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf131[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf132[p0] : !f32_16x1
  }
  %buf133 = sched.buffer "buf133" : !f32_16x1
  sched.node "op133" writes(%buf133 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf131[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf132[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf133[p0] : !f32_16x1
  }
  %buf134 = sched.buffer "buf134" : !f32_16x16
  sched.node "op134" writes(%buf134 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf131[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf132[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf133[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf134[16*p0 + p1] : !f32_16x16
  }
  %buf135 = sched.buffer "buf135" : !f32_16x32
  %view52 = sched.view %buf130 : !f32_16x96 to !f32_16x32_2
  sched.extern "op135" "extern_kernels.mm"(%buf134, %view52 : !f32_16x16, !f32_16x32_2) writes(%buf135 : !f32_16x32) class "ExternKernelOut"
  %buf136 = sched.buffer "buf136" : !f32_16x32
  %view53 = sched.view %arg61_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op136" "extern_kernels.addmm"(%buf125, %buf135, %view53 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf136 : !f32_16x32) class "ExternKernelOut"
  %buf137 = sched.buffer "buf137" : !f32_16x1
  sched.node "op137" writes(%buf137 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf136[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf137[p0] : !f32_16x1
  }
  %buf138 = sched.buffer "buf138" : !f32_16x1
  sched.node "op138" writes(%buf138 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf136[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf138[p0] : !f32_16x1
  }
  %buf139 = sched.buffer "buf139" : !f32_16x1
  sched.node "op139" writes(%buf139 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf136[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf139[p0] : !f32_16x1
  }
  %buf140 = sched.buffer "buf140" : !f32_16x32
  sched.node "op140" writes(%buf140 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf136[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf137[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf138[p0] : !f32_16x1
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
    sched.store %add_1, %buf140[32*p0 + p1] : !f32_16x32
  }
  %buf141 = sched.buffer "buf141" : !f32_16x128
  %view54 = sched.view %arg64_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op141" "extern_kernels.mm"(%buf140, %view54 : !f32_16x32, !f32_32x128_1) writes(%buf141 : !f32_16x128) class "ExternKernelOut"
  %buf142 = sched.buffer "buf142" : !f32_16x128
  sched.node "op142" writes(%buf142 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf141[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf141[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf141[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf141[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf141[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf142[128*p0 + p1] : !f32_16x128
  }
  %buf143 = sched.buffer "buf143" : !f32_16x32
  %view55 = sched.view %arg65_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op143" "extern_kernels.addmm"(%buf136, %buf142, %view55 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf143 : !f32_16x32) class "ExternKernelOut"
  %buf144 = sched.buffer "buf144" : !f32_16x1
  sched.node "op144" writes(%buf144 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf143[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf144[p0] : !f32_16x1
  }
  %buf145 = sched.buffer "buf145" : !f32_16x1
  sched.node "op145" writes(%buf145 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf143[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf145[p0] : !f32_16x1
  }
  %buf146 = sched.buffer "buf146" : !f32_16x1
  sched.node "op146" writes(%buf146 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf143[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf146[p0] : !f32_16x1
  }
  %buf147 = sched.buffer "buf147" : !f32_16x32
  sched.node "op147" writes(%buf147 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf143[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf144[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf145[p0] : !f32_16x1
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
    sched.store %add_1, %buf147[32*p0 + p1] : !f32_16x32
  }
  %buf148 = sched.buffer "buf148" : !f32_16x96
  %view56 = sched.view %arg68_1 : !f32_96x32 to !f32_32x96
  sched.extern "op148" "extern_kernels.mm"(%buf147, %view56 : !f32_16x32, !f32_32x96) writes(%buf148 : !f32_16x96) class "ExternKernelOut"
  %buf149 = sched.buffer "buf149" : !f32_16x16
  %view57 = sched.view %buf148 : !f32_16x96 to !f32_16x32_1
  %view58 = sched.view %buf148 : !f32_16x96 to !f32_32x16
  sched.extern "op149" "extern_kernels.mm"(%view57, %view58 : !f32_16x32_1, !f32_32x16) writes(%buf149 : !f32_16x16) class "ExternKernelOut"
  %buf150 = sched.buffer "buf150" : !f32_16x1
  sched.node "op150" writes(%buf150 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf149[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf150[p0] : !f32_16x1
  }
  %buf151 = sched.buffer "buf151" : !f32_16x1
  sched.node "op151" writes(%buf151 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf149[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf150[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf151[p0] : !f32_16x1
  }
  %buf152 = sched.buffer "buf152" : !f32_16x16
  sched.node "op152" writes(%buf152 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf149[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf150[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf151[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf152[16*p0 + p1] : !f32_16x16
  }
  %buf153 = sched.buffer "buf153" : !f32_16x32
  %view59 = sched.view %buf148 : !f32_16x96 to !f32_16x32_2
  sched.extern "op153" "extern_kernels.mm"(%buf152, %view59 : !f32_16x16, !f32_16x32_2) writes(%buf153 : !f32_16x32) class "ExternKernelOut"
  %buf154 = sched.buffer "buf154" : !f32_16x32
  %view60 = sched.view %arg69_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op154" "extern_kernels.addmm"(%buf143, %buf153, %view60 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf154 : !f32_16x32) class "ExternKernelOut"
  %buf155 = sched.buffer "buf155" : !f32_16x1
  sched.node "op155" writes(%buf155 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf154[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf155[p0] : !f32_16x1
  }
  %buf156 = sched.buffer "buf156" : !f32_16x1
  sched.node "op156" writes(%buf156 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf154[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf156[p0] : !f32_16x1
  }
  %buf157 = sched.buffer "buf157" : !f32_16x1
  sched.node "op157" writes(%buf157 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf154[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf157[p0] : !f32_16x1
  }
  %buf158 = sched.buffer "buf158" : !f32_16x32
  sched.node "op158" writes(%buf158 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf154[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf155[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf156[p0] : !f32_16x1
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
    sched.store %add_1, %buf158[32*p0 + p1] : !f32_16x32
  }
  %buf159 = sched.buffer "buf159" : !f32_16x128
  %view61 = sched.view %arg72_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op159" "extern_kernels.mm"(%buf158, %view61 : !f32_16x32, !f32_32x128_1) writes(%buf159 : !f32_16x128) class "ExternKernelOut"
  %buf160 = sched.buffer "buf160" : !f32_16x128
  sched.node "op160" writes(%buf160 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf159[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf159[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf159[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf159[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf159[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf160[128*p0 + p1] : !f32_16x128
  }
  %buf161 = sched.buffer "buf161" : !f32_16x32
  %view62 = sched.view %arg73_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op161" "extern_kernels.addmm"(%buf154, %buf160, %view62 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf161 : !f32_16x32) class "ExternKernelOut"
  %buf162 = sched.buffer "buf162" : !f32_16x1
  sched.node "op162" writes(%buf162 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf161[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf162[p0] : !f32_16x1
  }
  %buf163 = sched.buffer "buf163" : !f32_16x1
  sched.node "op163" writes(%buf163 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf161[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf163[p0] : !f32_16x1
  }
  %buf164 = sched.buffer "buf164" : !f32_16x1
  sched.node "op164" writes(%buf164 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf161[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf164[p0] : !f32_16x1
  }
  %buf165 = sched.buffer "buf165" : !f32_16x32
  sched.node "op165" writes(%buf165 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf161[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf162[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf163[p0] : !f32_16x1
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
    sched.store %add_1, %buf165[32*p0 + p1] : !f32_16x32
  }
  %buf166 = sched.buffer "buf166" : !f32_16x96
  %view63 = sched.view %arg76_1 : !f32_96x32 to !f32_32x96
  sched.extern "op166" "extern_kernels.mm"(%buf165, %view63 : !f32_16x32, !f32_32x96) writes(%buf166 : !f32_16x96) class "ExternKernelOut"
  %buf167 = sched.buffer "buf167" : !f32_16x16
  %view64 = sched.view %buf166 : !f32_16x96 to !f32_16x32_1
  %view65 = sched.view %buf166 : !f32_16x96 to !f32_32x16
  sched.extern "op167" "extern_kernels.mm"(%view64, %view65 : !f32_16x32_1, !f32_32x16) writes(%buf167 : !f32_16x16) class "ExternKernelOut"
  %buf168 = sched.buffer "buf168" : !f32_16x1
  sched.node "op168" writes(%buf168 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf167[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf168[p0] : !f32_16x1
  }
  %buf169 = sched.buffer "buf169" : !f32_16x1
  sched.node "op169" writes(%buf169 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf167[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf168[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf169[p0] : !f32_16x1
  }
  %buf170 = sched.buffer "buf170" : !f32_16x16
  sched.node "op170" writes(%buf170 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf167[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf168[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf169[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf170[16*p0 + p1] : !f32_16x16
  }
  %buf171 = sched.buffer "buf171" : !f32_16x32
  %view66 = sched.view %buf166 : !f32_16x96 to !f32_16x32_2
  sched.extern "op171" "extern_kernels.mm"(%buf170, %view66 : !f32_16x16, !f32_16x32_2) writes(%buf171 : !f32_16x32) class "ExternKernelOut"
  %buf172 = sched.buffer "buf172" : !f32_16x32
  %view67 = sched.view %arg77_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op172" "extern_kernels.addmm"(%buf161, %buf171, %view67 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf172 : !f32_16x32) class "ExternKernelOut"
  %buf173 = sched.buffer "buf173" : !f32_16x1
  sched.node "op173" writes(%buf173 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf172[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf173[p0] : !f32_16x1
  }
  %buf174 = sched.buffer "buf174" : !f32_16x1
  sched.node "op174" writes(%buf174 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf172[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf174[p0] : !f32_16x1
  }
  %buf175 = sched.buffer "buf175" : !f32_16x1
  sched.node "op175" writes(%buf175 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf172[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf175[p0] : !f32_16x1
  }
  %buf176 = sched.buffer "buf176" : !f32_16x32
  sched.node "op176" writes(%buf176 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf172[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf173[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf174[p0] : !f32_16x1
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
    sched.store %add_1, %buf176[32*p0 + p1] : !f32_16x32
  }
  %buf177 = sched.buffer "buf177" : !f32_16x128
  %view68 = sched.view %arg80_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op177" "extern_kernels.mm"(%buf176, %view68 : !f32_16x32, !f32_32x128_1) writes(%buf177 : !f32_16x128) class "ExternKernelOut"
  %buf178 = sched.buffer "buf178" : !f32_16x128
  sched.node "op178" writes(%buf178 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf177[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf177[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf177[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf177[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf177[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf178[128*p0 + p1] : !f32_16x128
  }
  %buf179 = sched.buffer "buf179" : !f32_16x32
  %view69 = sched.view %arg81_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op179" "extern_kernels.addmm"(%buf172, %buf178, %view69 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf179 : !f32_16x32) class "ExternKernelOut"
  %buf180 = sched.buffer "buf180" : !f32_16x1
  sched.node "op180" writes(%buf180 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf179[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf180[p0] : !f32_16x1
  }
  %buf181 = sched.buffer "buf181" : !f32_16x1
  sched.node "op181" writes(%buf181 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf179[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf181[p0] : !f32_16x1
  }
  %buf182 = sched.buffer "buf182" : !f32_16x1
  sched.node "op182" writes(%buf182 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf179[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf182[p0] : !f32_16x1
  }
  %buf183 = sched.buffer "buf183" : !f32_16x32
  sched.node "op183" writes(%buf183 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf179[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf180[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf181[p0] : !f32_16x1
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
    sched.store %add_1, %buf183[32*p0 + p1] : !f32_16x32
  }
  %buf184 = sched.buffer "buf184" : !f32_16x96
  %view70 = sched.view %arg84_1 : !f32_96x32 to !f32_32x96
  sched.extern "op184" "extern_kernels.mm"(%buf183, %view70 : !f32_16x32, !f32_32x96) writes(%buf184 : !f32_16x96) class "ExternKernelOut"
  %buf185 = sched.buffer "buf185" : !f32_16x16
  %view71 = sched.view %buf184 : !f32_16x96 to !f32_16x32_1
  %view72 = sched.view %buf184 : !f32_16x96 to !f32_32x16
  sched.extern "op185" "extern_kernels.mm"(%view71, %view72 : !f32_16x32_1, !f32_32x16) writes(%buf185 : !f32_16x16) class "ExternKernelOut"
  %buf186 = sched.buffer "buf186" : !f32_16x1
  sched.node "op186" writes(%buf186 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf185[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf186[p0] : !f32_16x1
  }
  %buf187 = sched.buffer "buf187" : !f32_16x1
  sched.node "op187" writes(%buf187 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf185[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf186[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf187[p0] : !f32_16x1
  }
  %buf188 = sched.buffer "buf188" : !f32_16x16
  sched.node "op188" writes(%buf188 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf185[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf186[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf187[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf188[16*p0 + p1] : !f32_16x16
  }
  %buf189 = sched.buffer "buf189" : !f32_16x32
  %view73 = sched.view %buf184 : !f32_16x96 to !f32_16x32_2
  sched.extern "op189" "extern_kernels.mm"(%buf188, %view73 : !f32_16x16, !f32_16x32_2) writes(%buf189 : !f32_16x32) class "ExternKernelOut"
  %buf190 = sched.buffer "buf190" : !f32_16x32
  %view74 = sched.view %arg85_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op190" "extern_kernels.addmm"(%buf179, %buf189, %view74 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf190 : !f32_16x32) class "ExternKernelOut"
  %buf191 = sched.buffer "buf191" : !f32_16x1
  sched.node "op191" writes(%buf191 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf190[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf191[p0] : !f32_16x1
  }
  %buf192 = sched.buffer "buf192" : !f32_16x1
  sched.node "op192" writes(%buf192 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf190[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf192[p0] : !f32_16x1
  }
  %buf193 = sched.buffer "buf193" : !f32_16x1
  sched.node "op193" writes(%buf193 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf190[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf193[p0] : !f32_16x1
  }
  %buf194 = sched.buffer "buf194" : !f32_16x32
  sched.node "op194" writes(%buf194 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf190[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf191[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf192[p0] : !f32_16x1
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
    sched.store %add_1, %buf194[32*p0 + p1] : !f32_16x32
  }
  %buf195 = sched.buffer "buf195" : !f32_16x128
  %view75 = sched.view %arg88_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op195" "extern_kernels.mm"(%buf194, %view75 : !f32_16x32, !f32_32x128_1) writes(%buf195 : !f32_16x128) class "ExternKernelOut"
  %buf196 = sched.buffer "buf196" : !f32_16x128
  sched.node "op196" writes(%buf196 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf195[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf195[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf195[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf195[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf195[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf196[128*p0 + p1] : !f32_16x128
  }
  %buf197 = sched.buffer "buf197" : !f32_16x32
  %view76 = sched.view %arg89_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op197" "extern_kernels.addmm"(%buf190, %buf196, %view76 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf197 : !f32_16x32) class "ExternKernelOut"
  %buf198 = sched.buffer "buf198" : !f32_16x1
  sched.node "op198" writes(%buf198 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf197[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf198[p0] : !f32_16x1
  }
  %buf199 = sched.buffer "buf199" : !f32_16x1
  sched.node "op199" writes(%buf199 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf197[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf199[p0] : !f32_16x1
  }
  %buf200 = sched.buffer "buf200" : !f32_16x1
  sched.node "op200" writes(%buf200 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf197[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf200[p0] : !f32_16x1
  }
  %buf201 = sched.buffer "buf201" : !f32_16x32
  sched.node "op201" writes(%buf201 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf197[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf198[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf199[p0] : !f32_16x1
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
    sched.store %add_1, %buf201[32*p0 + p1] : !f32_16x32
  }
  %buf202 = sched.buffer "buf202" : !f32_16x96
  %view77 = sched.view %arg92_1 : !f32_96x32 to !f32_32x96
  sched.extern "op202" "extern_kernels.mm"(%buf201, %view77 : !f32_16x32, !f32_32x96) writes(%buf202 : !f32_16x96) class "ExternKernelOut"
  %buf203 = sched.buffer "buf203" : !f32_16x16
  %view78 = sched.view %buf202 : !f32_16x96 to !f32_16x32_1
  %view79 = sched.view %buf202 : !f32_16x96 to !f32_32x16
  sched.extern "op203" "extern_kernels.mm"(%view78, %view79 : !f32_16x32_1, !f32_32x16) writes(%buf203 : !f32_16x16) class "ExternKernelOut"
  %buf204 = sched.buffer "buf204" : !f32_16x1
  sched.node "op204" writes(%buf204 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf203[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %reduction = sched.reduction max %mul : f32 -> f32
    sched.store_reduction %reduction, %buf204[p0] : !f32_16x1
  }
  %buf205 = sched.buffer "buf205" : !f32_16x1
  sched.node "op205" writes(%buf205 : !f32_16x1) ranges [16] reduce [16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf203[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf204[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %reduction = sched.reduction sum %exp : f32 -> f32
    sched.store_reduction %reduction, %buf205[p0] : !f32_16x1
  }
  %buf206 = sched.buffer "buf206" : !f32_16x16
  sched.node "op206" writes(%buf206 : !f32_16x16) ranges [16, 16] {
    %load = sched.load %arg4_1[16*p0 + p1] : !i1_16x16
    %load_1 = sched.load %buf203[16*p0 + p1] : !f32_16x16
    %constant = arith.constant 0xFF800000 : f32
    %where = arith.select %load, %constant, %load_1 : f32
    %constant_1 = arith.constant 1.0 : f32
    %mul = arith.mulf %where, %constant_1 : f32
    %load_2 = sched.load %buf204[p0] : !f32_16x1
    %sub = arith.subf %mul, %load_2 : f32
    %constant_2 = arith.constant {sched.python_value = 0.1767766952966369 : f64} 0.1767766952966369 : f32
    %mul_1 = arith.mulf %sub, %constant_2 : f32
    %exp = math.exp %mul_1 : f32
    %load_3 = sched.load %buf205[p0] : !f32_16x1
    %truediv = arith.divf %exp, %load_3 : f32
    sched.store %truediv, %buf206[16*p0 + p1] : !f32_16x16
  }
  %buf207 = sched.buffer "buf207" : !f32_16x32
  %view80 = sched.view %buf202 : !f32_16x96 to !f32_16x32_2
  sched.extern "op207" "extern_kernels.mm"(%buf206, %view80 : !f32_16x16, !f32_16x32_2) writes(%buf207 : !f32_16x32) class "ExternKernelOut"
  %buf208 = sched.buffer "buf208" : !f32_16x32
  %view81 = sched.view %arg93_1 : !f32_32x32 to !f32_32x32_1
  sched.extern "op208" "extern_kernels.addmm"(%buf197, %buf207, %view81 : !f32_16x32, !f32_16x32, !f32_32x32_1) writes(%buf208 : !f32_16x32) class "ExternKernelOut"
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
    %load_3 = sched.load %arg94_1[p1] : !f32_32
    %mul_1 = arith.mulf %mul, %load_3 : f32
    %load_4 = sched.load %arg95_1[p1] : !f32_32
    %add_1 = arith.addf %mul_1, %load_4 : f32
    sched.store %add_1, %buf212[32*p0 + p1] : !f32_16x32
  }
  %buf213 = sched.buffer "buf213" : !f32_16x128
  %view82 = sched.view %arg96_1 : !f32_128x32 to !f32_32x128_1
  sched.extern "op213" "extern_kernels.mm"(%buf212, %view82 : !f32_16x32, !f32_32x128_1) writes(%buf213 : !f32_16x128) class "ExternKernelOut"
  %buf214 = sched.buffer "buf214" : !f32_16x128
  sched.node "op214" writes(%buf214 : !f32_16x128) ranges [16, 128] {
    %load = sched.load %buf213[128*p0 + p1] : !f32_16x128
    %constant = arith.constant 0.5 : f32
    %mul = arith.mulf %load, %constant : f32
    %load_1 = sched.load %buf213[128*p0 + p1] : !f32_16x128
    %load_2 = sched.load %buf213[128*p0 + p1] : !f32_16x128
    %load_3 = sched.load %buf213[128*p0 + p1] : !f32_16x128
    %mul_1 = arith.mulf %load_2, %load_3 : f32
    %load_4 = sched.load %buf213[128*p0 + p1] : !f32_16x128
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
    sched.store %mul_5, %buf214[128*p0 + p1] : !f32_16x128
  }
  %buf215 = sched.buffer "buf215" : !f32_16x32
  %view83 = sched.view %arg97_1 : !f32_32x128 to !f32_128x32_1
  sched.extern "op215" "extern_kernels.addmm"(%buf208, %buf214, %view83 : !f32_16x32, !f32_16x128, !f32_128x32_1) writes(%buf215 : !f32_16x32) class "ExternKernelOut"
  %buf216 = sched.buffer "buf216" : !f32_16x1
  sched.node "op216" writes(%buf216 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf215[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#0, %buf216[p0] : !f32_16x1
  }
  %buf217 = sched.buffer "buf217" : !f32_16x1
  sched.node "op217" writes(%buf217 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf215[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#1, %buf217[p0] : !f32_16x1
  }
  %buf218 = sched.buffer "buf218" : !f32_16x1
  sched.node "op218" writes(%buf218 : !f32_16x1) ranges [16] reduce [32] {
    %load = sched.load %buf215[32*p0 + p1] : !f32_16x32
    %reduction:3 = sched.reduction welford_reduce %load : f32 -> f32, f32, f32
    sched.store_reduction %reduction#2, %buf218[p0] : !f32_16x1
  }
  %buf219 = sched.buffer "buf219" : !f32_16x32
  sched.node "op219" writes(%buf219 : !f32_16x32) ranges [16, 32] {
    %load = sched.load %buf215[32*p0 + p1] : !f32_16x32
    %load_1 = sched.load %buf216[p0] : !f32_16x1
    %sub = arith.subf %load, %load_1 : f32
    %load_2 = sched.load %buf217[p0] : !f32_16x1
    %constant = arith.constant 32.0 : f32
    %truediv = arith.divf %load_2, %constant : f32
    %constant_1 = arith.constant {sched.python_value = 1.0e-05 : f64} 1.0e-05 : f32
    %add = arith.addf %truediv, %constant_1 : f32
    %rsqrt = math.rsqrt %add : f32
    %mul = arith.mulf %sub, %rsqrt : f32
    sched.store %mul, %buf219[32*p0 + p1] : !f32_16x32
  }
  sched.output %buf219 : !f32_16x32
}
