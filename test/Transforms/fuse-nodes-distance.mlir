// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes=explain=true -verify-diagnostics -o /dev/null

// Case 26: a horizontal pair more than 64 positions apart is refused.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// CHECK-LABEL: sched.graph @long_distance
// CHECK-NOT:     sched.group
sched.graph @long_distance {
  %x = sched.input "arg0_1" : !t
  %in0 = sched.input "arg1_1" : !t
  %in1 = sched.input "arg2_1" : !t
  %in2 = sched.input "arg3_1" : !t
  %in3 = sched.input "arg4_1" : !t
  %in4 = sched.input "arg5_1" : !t
  %in5 = sched.input "arg6_1" : !t
  %in6 = sched.input "arg7_1" : !t
  %in7 = sched.input "arg8_1" : !t
  %in8 = sched.input "arg9_1" : !t
  %in9 = sched.input "arg10_1" : !t
  %in10 = sched.input "arg11_1" : !t
  %in11 = sched.input "arg12_1" : !t
  %in12 = sched.input "arg13_1" : !t
  %in13 = sched.input "arg14_1" : !t
  %in14 = sched.input "arg15_1" : !t
  %in15 = sched.input "arg16_1" : !t
  %in16 = sched.input "arg17_1" : !t
  %in17 = sched.input "arg18_1" : !t
  %in18 = sched.input "arg19_1" : !t
  %in19 = sched.input "arg20_1" : !t
  %in20 = sched.input "arg21_1" : !t
  %in21 = sched.input "arg22_1" : !t
  %in22 = sched.input "arg23_1" : !t
  %in23 = sched.input "arg24_1" : !t
  %in24 = sched.input "arg25_1" : !t
  %in25 = sched.input "arg26_1" : !t
  %in26 = sched.input "arg27_1" : !t
  %in27 = sched.input "arg28_1" : !t
  %in28 = sched.input "arg29_1" : !t
  %in29 = sched.input "arg30_1" : !t
  %in30 = sched.input "arg31_1" : !t
  %in31 = sched.input "arg32_1" : !t
  %in32 = sched.input "arg33_1" : !t
  %in33 = sched.input "arg34_1" : !t
  %in34 = sched.input "arg35_1" : !t
  %in35 = sched.input "arg36_1" : !t
  %in36 = sched.input "arg37_1" : !t
  %in37 = sched.input "arg38_1" : !t
  %in38 = sched.input "arg39_1" : !t
  %in39 = sched.input "arg40_1" : !t
  %in40 = sched.input "arg41_1" : !t
  %in41 = sched.input "arg42_1" : !t
  %in42 = sched.input "arg43_1" : !t
  %in43 = sched.input "arg44_1" : !t
  %in44 = sched.input "arg45_1" : !t
  %in45 = sched.input "arg46_1" : !t
  %in46 = sched.input "arg47_1" : !t
  %in47 = sched.input "arg48_1" : !t
  %in48 = sched.input "arg49_1" : !t
  %in49 = sched.input "arg50_1" : !t
  %in50 = sched.input "arg51_1" : !t
  %in51 = sched.input "arg52_1" : !t
  %in52 = sched.input "arg53_1" : !t
  %in53 = sched.input "arg54_1" : !t
  %in54 = sched.input "arg55_1" : !t
  %in55 = sched.input "arg56_1" : !t
  %in56 = sched.input "arg57_1" : !t
  %in57 = sched.input "arg58_1" : !t
  %in58 = sched.input "arg59_1" : !t
  %in59 = sched.input "arg60_1" : !t
  %in60 = sched.input "arg61_1" : !t
  %in61 = sched.input "arg62_1" : !t
  %in62 = sched.input "arg63_1" : !t
  %in63 = sched.input "arg64_1" : !t
  %in64 = sched.input "arg65_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0' with 'op66' [distance]: nodes are too far apart: 66 > 64 (shared bytes: 256)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %in0[p0] : !t
    sched.store %v, %buf1[p0] : !t
  }
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %in1[p0] : !t
    sched.store %v, %buf2[p0] : !t
  }
  %buf3 = sched.buffer "buf3" : !t
  sched.node "op3" writes(%buf3 : !t) ranges [64] {
    %v = sched.load %in2[p0] : !t
    sched.store %v, %buf3[p0] : !t
  }
  %buf4 = sched.buffer "buf4" : !t
  sched.node "op4" writes(%buf4 : !t) ranges [64] {
    %v = sched.load %in3[p0] : !t
    sched.store %v, %buf4[p0] : !t
  }
  %buf5 = sched.buffer "buf5" : !t
  sched.node "op5" writes(%buf5 : !t) ranges [64] {
    %v = sched.load %in4[p0] : !t
    sched.store %v, %buf5[p0] : !t
  }
  %buf6 = sched.buffer "buf6" : !t
  sched.node "op6" writes(%buf6 : !t) ranges [64] {
    %v = sched.load %in5[p0] : !t
    sched.store %v, %buf6[p0] : !t
  }
  %buf7 = sched.buffer "buf7" : !t
  sched.node "op7" writes(%buf7 : !t) ranges [64] {
    %v = sched.load %in6[p0] : !t
    sched.store %v, %buf7[p0] : !t
  }
  %buf8 = sched.buffer "buf8" : !t
  sched.node "op8" writes(%buf8 : !t) ranges [64] {
    %v = sched.load %in7[p0] : !t
    sched.store %v, %buf8[p0] : !t
  }
  %buf9 = sched.buffer "buf9" : !t
  sched.node "op9" writes(%buf9 : !t) ranges [64] {
    %v = sched.load %in8[p0] : !t
    sched.store %v, %buf9[p0] : !t
  }
  %buf10 = sched.buffer "buf10" : !t
  sched.node "op10" writes(%buf10 : !t) ranges [64] {
    %v = sched.load %in9[p0] : !t
    sched.store %v, %buf10[p0] : !t
  }
  %buf11 = sched.buffer "buf11" : !t
  sched.node "op11" writes(%buf11 : !t) ranges [64] {
    %v = sched.load %in10[p0] : !t
    sched.store %v, %buf11[p0] : !t
  }
  %buf12 = sched.buffer "buf12" : !t
  sched.node "op12" writes(%buf12 : !t) ranges [64] {
    %v = sched.load %in11[p0] : !t
    sched.store %v, %buf12[p0] : !t
  }
  %buf13 = sched.buffer "buf13" : !t
  sched.node "op13" writes(%buf13 : !t) ranges [64] {
    %v = sched.load %in12[p0] : !t
    sched.store %v, %buf13[p0] : !t
  }
  %buf14 = sched.buffer "buf14" : !t
  sched.node "op14" writes(%buf14 : !t) ranges [64] {
    %v = sched.load %in13[p0] : !t
    sched.store %v, %buf14[p0] : !t
  }
  %buf15 = sched.buffer "buf15" : !t
  sched.node "op15" writes(%buf15 : !t) ranges [64] {
    %v = sched.load %in14[p0] : !t
    sched.store %v, %buf15[p0] : !t
  }
  %buf16 = sched.buffer "buf16" : !t
  sched.node "op16" writes(%buf16 : !t) ranges [64] {
    %v = sched.load %in15[p0] : !t
    sched.store %v, %buf16[p0] : !t
  }
  %buf17 = sched.buffer "buf17" : !t
  sched.node "op17" writes(%buf17 : !t) ranges [64] {
    %v = sched.load %in16[p0] : !t
    sched.store %v, %buf17[p0] : !t
  }
  %buf18 = sched.buffer "buf18" : !t
  sched.node "op18" writes(%buf18 : !t) ranges [64] {
    %v = sched.load %in17[p0] : !t
    sched.store %v, %buf18[p0] : !t
  }
  %buf19 = sched.buffer "buf19" : !t
  sched.node "op19" writes(%buf19 : !t) ranges [64] {
    %v = sched.load %in18[p0] : !t
    sched.store %v, %buf19[p0] : !t
  }
  %buf20 = sched.buffer "buf20" : !t
  sched.node "op20" writes(%buf20 : !t) ranges [64] {
    %v = sched.load %in19[p0] : !t
    sched.store %v, %buf20[p0] : !t
  }
  %buf21 = sched.buffer "buf21" : !t
  sched.node "op21" writes(%buf21 : !t) ranges [64] {
    %v = sched.load %in20[p0] : !t
    sched.store %v, %buf21[p0] : !t
  }
  %buf22 = sched.buffer "buf22" : !t
  sched.node "op22" writes(%buf22 : !t) ranges [64] {
    %v = sched.load %in21[p0] : !t
    sched.store %v, %buf22[p0] : !t
  }
  %buf23 = sched.buffer "buf23" : !t
  sched.node "op23" writes(%buf23 : !t) ranges [64] {
    %v = sched.load %in22[p0] : !t
    sched.store %v, %buf23[p0] : !t
  }
  %buf24 = sched.buffer "buf24" : !t
  sched.node "op24" writes(%buf24 : !t) ranges [64] {
    %v = sched.load %in23[p0] : !t
    sched.store %v, %buf24[p0] : !t
  }
  %buf25 = sched.buffer "buf25" : !t
  sched.node "op25" writes(%buf25 : !t) ranges [64] {
    %v = sched.load %in24[p0] : !t
    sched.store %v, %buf25[p0] : !t
  }
  %buf26 = sched.buffer "buf26" : !t
  sched.node "op26" writes(%buf26 : !t) ranges [64] {
    %v = sched.load %in25[p0] : !t
    sched.store %v, %buf26[p0] : !t
  }
  %buf27 = sched.buffer "buf27" : !t
  sched.node "op27" writes(%buf27 : !t) ranges [64] {
    %v = sched.load %in26[p0] : !t
    sched.store %v, %buf27[p0] : !t
  }
  %buf28 = sched.buffer "buf28" : !t
  sched.node "op28" writes(%buf28 : !t) ranges [64] {
    %v = sched.load %in27[p0] : !t
    sched.store %v, %buf28[p0] : !t
  }
  %buf29 = sched.buffer "buf29" : !t
  sched.node "op29" writes(%buf29 : !t) ranges [64] {
    %v = sched.load %in28[p0] : !t
    sched.store %v, %buf29[p0] : !t
  }
  %buf30 = sched.buffer "buf30" : !t
  sched.node "op30" writes(%buf30 : !t) ranges [64] {
    %v = sched.load %in29[p0] : !t
    sched.store %v, %buf30[p0] : !t
  }
  %buf31 = sched.buffer "buf31" : !t
  sched.node "op31" writes(%buf31 : !t) ranges [64] {
    %v = sched.load %in30[p0] : !t
    sched.store %v, %buf31[p0] : !t
  }
  %buf32 = sched.buffer "buf32" : !t
  sched.node "op32" writes(%buf32 : !t) ranges [64] {
    %v = sched.load %in31[p0] : !t
    sched.store %v, %buf32[p0] : !t
  }
  %buf33 = sched.buffer "buf33" : !t
  sched.node "op33" writes(%buf33 : !t) ranges [64] {
    %v = sched.load %in32[p0] : !t
    sched.store %v, %buf33[p0] : !t
  }
  %buf34 = sched.buffer "buf34" : !t
  sched.node "op34" writes(%buf34 : !t) ranges [64] {
    %v = sched.load %in33[p0] : !t
    sched.store %v, %buf34[p0] : !t
  }
  %buf35 = sched.buffer "buf35" : !t
  sched.node "op35" writes(%buf35 : !t) ranges [64] {
    %v = sched.load %in34[p0] : !t
    sched.store %v, %buf35[p0] : !t
  }
  %buf36 = sched.buffer "buf36" : !t
  sched.node "op36" writes(%buf36 : !t) ranges [64] {
    %v = sched.load %in35[p0] : !t
    sched.store %v, %buf36[p0] : !t
  }
  %buf37 = sched.buffer "buf37" : !t
  sched.node "op37" writes(%buf37 : !t) ranges [64] {
    %v = sched.load %in36[p0] : !t
    sched.store %v, %buf37[p0] : !t
  }
  %buf38 = sched.buffer "buf38" : !t
  sched.node "op38" writes(%buf38 : !t) ranges [64] {
    %v = sched.load %in37[p0] : !t
    sched.store %v, %buf38[p0] : !t
  }
  %buf39 = sched.buffer "buf39" : !t
  sched.node "op39" writes(%buf39 : !t) ranges [64] {
    %v = sched.load %in38[p0] : !t
    sched.store %v, %buf39[p0] : !t
  }
  %buf40 = sched.buffer "buf40" : !t
  sched.node "op40" writes(%buf40 : !t) ranges [64] {
    %v = sched.load %in39[p0] : !t
    sched.store %v, %buf40[p0] : !t
  }
  %buf41 = sched.buffer "buf41" : !t
  sched.node "op41" writes(%buf41 : !t) ranges [64] {
    %v = sched.load %in40[p0] : !t
    sched.store %v, %buf41[p0] : !t
  }
  %buf42 = sched.buffer "buf42" : !t
  sched.node "op42" writes(%buf42 : !t) ranges [64] {
    %v = sched.load %in41[p0] : !t
    sched.store %v, %buf42[p0] : !t
  }
  %buf43 = sched.buffer "buf43" : !t
  sched.node "op43" writes(%buf43 : !t) ranges [64] {
    %v = sched.load %in42[p0] : !t
    sched.store %v, %buf43[p0] : !t
  }
  %buf44 = sched.buffer "buf44" : !t
  sched.node "op44" writes(%buf44 : !t) ranges [64] {
    %v = sched.load %in43[p0] : !t
    sched.store %v, %buf44[p0] : !t
  }
  %buf45 = sched.buffer "buf45" : !t
  sched.node "op45" writes(%buf45 : !t) ranges [64] {
    %v = sched.load %in44[p0] : !t
    sched.store %v, %buf45[p0] : !t
  }
  %buf46 = sched.buffer "buf46" : !t
  sched.node "op46" writes(%buf46 : !t) ranges [64] {
    %v = sched.load %in45[p0] : !t
    sched.store %v, %buf46[p0] : !t
  }
  %buf47 = sched.buffer "buf47" : !t
  sched.node "op47" writes(%buf47 : !t) ranges [64] {
    %v = sched.load %in46[p0] : !t
    sched.store %v, %buf47[p0] : !t
  }
  %buf48 = sched.buffer "buf48" : !t
  sched.node "op48" writes(%buf48 : !t) ranges [64] {
    %v = sched.load %in47[p0] : !t
    sched.store %v, %buf48[p0] : !t
  }
  %buf49 = sched.buffer "buf49" : !t
  sched.node "op49" writes(%buf49 : !t) ranges [64] {
    %v = sched.load %in48[p0] : !t
    sched.store %v, %buf49[p0] : !t
  }
  %buf50 = sched.buffer "buf50" : !t
  sched.node "op50" writes(%buf50 : !t) ranges [64] {
    %v = sched.load %in49[p0] : !t
    sched.store %v, %buf50[p0] : !t
  }
  %buf51 = sched.buffer "buf51" : !t
  sched.node "op51" writes(%buf51 : !t) ranges [64] {
    %v = sched.load %in50[p0] : !t
    sched.store %v, %buf51[p0] : !t
  }
  %buf52 = sched.buffer "buf52" : !t
  sched.node "op52" writes(%buf52 : !t) ranges [64] {
    %v = sched.load %in51[p0] : !t
    sched.store %v, %buf52[p0] : !t
  }
  %buf53 = sched.buffer "buf53" : !t
  sched.node "op53" writes(%buf53 : !t) ranges [64] {
    %v = sched.load %in52[p0] : !t
    sched.store %v, %buf53[p0] : !t
  }
  %buf54 = sched.buffer "buf54" : !t
  sched.node "op54" writes(%buf54 : !t) ranges [64] {
    %v = sched.load %in53[p0] : !t
    sched.store %v, %buf54[p0] : !t
  }
  %buf55 = sched.buffer "buf55" : !t
  sched.node "op55" writes(%buf55 : !t) ranges [64] {
    %v = sched.load %in54[p0] : !t
    sched.store %v, %buf55[p0] : !t
  }
  %buf56 = sched.buffer "buf56" : !t
  sched.node "op56" writes(%buf56 : !t) ranges [64] {
    %v = sched.load %in55[p0] : !t
    sched.store %v, %buf56[p0] : !t
  }
  %buf57 = sched.buffer "buf57" : !t
  sched.node "op57" writes(%buf57 : !t) ranges [64] {
    %v = sched.load %in56[p0] : !t
    sched.store %v, %buf57[p0] : !t
  }
  %buf58 = sched.buffer "buf58" : !t
  sched.node "op58" writes(%buf58 : !t) ranges [64] {
    %v = sched.load %in57[p0] : !t
    sched.store %v, %buf58[p0] : !t
  }
  %buf59 = sched.buffer "buf59" : !t
  sched.node "op59" writes(%buf59 : !t) ranges [64] {
    %v = sched.load %in58[p0] : !t
    sched.store %v, %buf59[p0] : !t
  }
  %buf60 = sched.buffer "buf60" : !t
  sched.node "op60" writes(%buf60 : !t) ranges [64] {
    %v = sched.load %in59[p0] : !t
    sched.store %v, %buf60[p0] : !t
  }
  %buf61 = sched.buffer "buf61" : !t
  sched.node "op61" writes(%buf61 : !t) ranges [64] {
    %v = sched.load %in60[p0] : !t
    sched.store %v, %buf61[p0] : !t
  }
  %buf62 = sched.buffer "buf62" : !t
  sched.node "op62" writes(%buf62 : !t) ranges [64] {
    %v = sched.load %in61[p0] : !t
    sched.store %v, %buf62[p0] : !t
  }
  %buf63 = sched.buffer "buf63" : !t
  sched.node "op63" writes(%buf63 : !t) ranges [64] {
    %v = sched.load %in62[p0] : !t
    sched.store %v, %buf63[p0] : !t
  }
  %buf64 = sched.buffer "buf64" : !t
  sched.node "op64" writes(%buf64 : !t) ranges [64] {
    %v = sched.load %in63[p0] : !t
    sched.store %v, %buf64[p0] : !t
  }
  %buf65 = sched.buffer "buf65" : !t
  sched.node "op65" writes(%buf65 : !t) ranges [64] {
    %v = sched.load %in64[p0] : !t
    sched.store %v, %buf65[p0] : !t
  }
  %buf66 = sched.buffer "buf66" : !t
  sched.node "op66" writes(%buf66 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf66[p0] : !t
  }
  sched.output %buf0, %buf1, %buf2, %buf3, %buf4, %buf5, %buf6, %buf7, %buf8, %buf9, %buf10, %buf11, %buf12, %buf13, %buf14, %buf15, %buf16, %buf17, %buf18, %buf19, %buf20, %buf21, %buf22, %buf23, %buf24, %buf25, %buf26, %buf27, %buf28, %buf29, %buf30, %buf31, %buf32, %buf33, %buf34, %buf35, %buf36, %buf37, %buf38, %buf39, %buf40, %buf41, %buf42, %buf43, %buf44, %buf45, %buf46, %buf47, %buf48, %buf49, %buf50, %buf51, %buf52, %buf53, %buf54, %buf55, %buf56, %buf57, %buf58, %buf59, %buf60, %buf61, %buf62, %buf63, %buf64, %buf65, %buf66 : !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t, !t
}
