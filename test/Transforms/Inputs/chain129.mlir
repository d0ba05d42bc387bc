// Case 27: a chain of 129 realized x + 1 nodes (fuse-nodes-cases.mlir).
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @chain129 {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf1[p0] : !t
  }
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %buf1[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf2[p0] : !t
  }
  %buf3 = sched.buffer "buf3" : !t
  sched.node "op3" writes(%buf3 : !t) ranges [64] {
    %v = sched.load %buf2[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf3[p0] : !t
  }
  %buf4 = sched.buffer "buf4" : !t
  sched.node "op4" writes(%buf4 : !t) ranges [64] {
    %v = sched.load %buf3[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf4[p0] : !t
  }
  %buf5 = sched.buffer "buf5" : !t
  sched.node "op5" writes(%buf5 : !t) ranges [64] {
    %v = sched.load %buf4[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf5[p0] : !t
  }
  %buf6 = sched.buffer "buf6" : !t
  sched.node "op6" writes(%buf6 : !t) ranges [64] {
    %v = sched.load %buf5[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf6[p0] : !t
  }
  %buf7 = sched.buffer "buf7" : !t
  sched.node "op7" writes(%buf7 : !t) ranges [64] {
    %v = sched.load %buf6[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf7[p0] : !t
  }
  %buf8 = sched.buffer "buf8" : !t
  sched.node "op8" writes(%buf8 : !t) ranges [64] {
    %v = sched.load %buf7[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf8[p0] : !t
  }
  %buf9 = sched.buffer "buf9" : !t
  sched.node "op9" writes(%buf9 : !t) ranges [64] {
    %v = sched.load %buf8[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf9[p0] : !t
  }
  %buf10 = sched.buffer "buf10" : !t
  sched.node "op10" writes(%buf10 : !t) ranges [64] {
    %v = sched.load %buf9[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf10[p0] : !t
  }
  %buf11 = sched.buffer "buf11" : !t
  sched.node "op11" writes(%buf11 : !t) ranges [64] {
    %v = sched.load %buf10[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf11[p0] : !t
  }
  %buf12 = sched.buffer "buf12" : !t
  sched.node "op12" writes(%buf12 : !t) ranges [64] {
    %v = sched.load %buf11[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf12[p0] : !t
  }
  %buf13 = sched.buffer "buf13" : !t
  sched.node "op13" writes(%buf13 : !t) ranges [64] {
    %v = sched.load %buf12[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf13[p0] : !t
  }
  %buf14 = sched.buffer "buf14" : !t
  sched.node "op14" writes(%buf14 : !t) ranges [64] {
    %v = sched.load %buf13[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf14[p0] : !t
  }
  %buf15 = sched.buffer "buf15" : !t
  sched.node "op15" writes(%buf15 : !t) ranges [64] {
    %v = sched.load %buf14[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf15[p0] : !t
  }
  %buf16 = sched.buffer "buf16" : !t
  sched.node "op16" writes(%buf16 : !t) ranges [64] {
    %v = sched.load %buf15[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf16[p0] : !t
  }
  %buf17 = sched.buffer "buf17" : !t
  sched.node "op17" writes(%buf17 : !t) ranges [64] {
    %v = sched.load %buf16[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf17[p0] : !t
  }
  %buf18 = sched.buffer "buf18" : !t
  sched.node "op18" writes(%buf18 : !t) ranges [64] {
    %v = sched.load %buf17[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf18[p0] : !t
  }
  %buf19 = sched.buffer "buf19" : !t
  sched.node "op19" writes(%buf19 : !t) ranges [64] {
    %v = sched.load %buf18[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf19[p0] : !t
  }
  %buf20 = sched.buffer "buf20" : !t
  sched.node "op20" writes(%buf20 : !t) ranges [64] {
    %v = sched.load %buf19[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf20[p0] : !t
  }
  %buf21 = sched.buffer "buf21" : !t
  sched.node "op21" writes(%buf21 : !t) ranges [64] {
    %v = sched.load %buf20[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf21[p0] : !t
  }
  %buf22 = sched.buffer "buf22" : !t
  sched.node "op22" writes(%buf22 : !t) ranges [64] {
    %v = sched.load %buf21[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf22[p0] : !t
  }
  %buf23 = sched.buffer "buf23" : !t
  sched.node "op23" writes(%buf23 : !t) ranges [64] {
    %v = sched.load %buf22[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf23[p0] : !t
  }
  %buf24 = sched.buffer "buf24" : !t
  sched.node "op24" writes(%buf24 : !t) ranges [64] {
    %v = sched.load %buf23[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf24[p0] : !t
  }
  %buf25 = sched.buffer "buf25" : !t
  sched.node "op25" writes(%buf25 : !t) ranges [64] {
    %v = sched.load %buf24[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf25[p0] : !t
  }
  %buf26 = sched.buffer "buf26" : !t
  sched.node "op26" writes(%buf26 : !t) ranges [64] {
    %v = sched.load %buf25[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf26[p0] : !t
  }
  %buf27 = sched.buffer "buf27" : !t
  sched.node "op27" writes(%buf27 : !t) ranges [64] {
    %v = sched.load %buf26[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf27[p0] : !t
  }
  %buf28 = sched.buffer "buf28" : !t
  sched.node "op28" writes(%buf28 : !t) ranges [64] {
    %v = sched.load %buf27[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf28[p0] : !t
  }
  %buf29 = sched.buffer "buf29" : !t
  sched.node "op29" writes(%buf29 : !t) ranges [64] {
    %v = sched.load %buf28[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf29[p0] : !t
  }
  %buf30 = sched.buffer "buf30" : !t
  sched.node "op30" writes(%buf30 : !t) ranges [64] {
    %v = sched.load %buf29[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf30[p0] : !t
  }
  %buf31 = sched.buffer "buf31" : !t
  sched.node "op31" writes(%buf31 : !t) ranges [64] {
    %v = sched.load %buf30[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf31[p0] : !t
  }
  %buf32 = sched.buffer "buf32" : !t
  sched.node "op32" writes(%buf32 : !t) ranges [64] {
    %v = sched.load %buf31[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf32[p0] : !t
  }
  %buf33 = sched.buffer "buf33" : !t
  sched.node "op33" writes(%buf33 : !t) ranges [64] {
    %v = sched.load %buf32[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf33[p0] : !t
  }
  %buf34 = sched.buffer "buf34" : !t
  sched.node "op34" writes(%buf34 : !t) ranges [64] {
    %v = sched.load %buf33[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf34[p0] : !t
  }
  %buf35 = sched.buffer "buf35" : !t
  sched.node "op35" writes(%buf35 : !t) ranges [64] {
    %v = sched.load %buf34[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf35[p0] : !t
  }
  %buf36 = sched.buffer "buf36" : !t
  sched.node "op36" writes(%buf36 : !t) ranges [64] {
    %v = sched.load %buf35[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf36[p0] : !t
  }
  %buf37 = sched.buffer "buf37" : !t
  sched.node "op37" writes(%buf37 : !t) ranges [64] {
    %v = sched.load %buf36[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf37[p0] : !t
  }
  %buf38 = sched.buffer "buf38" : !t
  sched.node "op38" writes(%buf38 : !t) ranges [64] {
    %v = sched.load %buf37[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf38[p0] : !t
  }
  %buf39 = sched.buffer "buf39" : !t
  sched.node "op39" writes(%buf39 : !t) ranges [64] {
    %v = sched.load %buf38[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf39[p0] : !t
  }
  %buf40 = sched.buffer "buf40" : !t
  sched.node "op40" writes(%buf40 : !t) ranges [64] {
    %v = sched.load %buf39[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf40[p0] : !t
  }
  %buf41 = sched.buffer "buf41" : !t
  sched.node "op41" writes(%buf41 : !t) ranges [64] {
    %v = sched.load %buf40[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf41[p0] : !t
  }
  %buf42 = sched.buffer "buf42" : !t
  sched.node "op42" writes(%buf42 : !t) ranges [64] {
    %v = sched.load %buf41[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf42[p0] : !t
  }
  %buf43 = sched.buffer "buf43" : !t
  sched.node "op43" writes(%buf43 : !t) ranges [64] {
    %v = sched.load %buf42[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf43[p0] : !t
  }
  %buf44 = sched.buffer "buf44" : !t
  sched.node "op44" writes(%buf44 : !t) ranges [64] {
    %v = sched.load %buf43[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf44[p0] : !t
  }
  %buf45 = sched.buffer "buf45" : !t
  sched.node "op45" writes(%buf45 : !t) ranges [64] {
    %v = sched.load %buf44[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf45[p0] : !t
  }
  %buf46 = sched.buffer "buf46" : !t
  sched.node "op46" writes(%buf46 : !t) ranges [64] {
    %v = sched.load %buf45[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf46[p0] : !t
  }
  %buf47 = sched.buffer "buf47" : !t
  sched.node "op47" writes(%buf47 : !t) ranges [64] {
    %v = sched.load %buf46[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf47[p0] : !t
  }
  %buf48 = sched.buffer "buf48" : !t
  sched.node "op48" writes(%buf48 : !t) ranges [64] {
    %v = sched.load %buf47[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf48[p0] : !t
  }
  %buf49 = sched.buffer "buf49" : !t
  sched.node "op49" writes(%buf49 : !t) ranges [64] {
    %v = sched.load %buf48[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf49[p0] : !t
  }
  %buf50 = sched.buffer "buf50" : !t
  sched.node "op50" writes(%buf50 : !t) ranges [64] {
    %v = sched.load %buf49[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf50[p0] : !t
  }
  %buf51 = sched.buffer "buf51" : !t
  sched.node "op51" writes(%buf51 : !t) ranges [64] {
    %v = sched.load %buf50[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf51[p0] : !t
  }
  %buf52 = sched.buffer "buf52" : !t
  sched.node "op52" writes(%buf52 : !t) ranges [64] {
    %v = sched.load %buf51[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf52[p0] : !t
  }
  %buf53 = sched.buffer "buf53" : !t
  sched.node "op53" writes(%buf53 : !t) ranges [64] {
    %v = sched.load %buf52[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf53[p0] : !t
  }
  %buf54 = sched.buffer "buf54" : !t
  sched.node "op54" writes(%buf54 : !t) ranges [64] {
    %v = sched.load %buf53[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf54[p0] : !t
  }
  %buf55 = sched.buffer "buf55" : !t
  sched.node "op55" writes(%buf55 : !t) ranges [64] {
    %v = sched.load %buf54[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf55[p0] : !t
  }
  %buf56 = sched.buffer "buf56" : !t
  sched.node "op56" writes(%buf56 : !t) ranges [64] {
    %v = sched.load %buf55[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf56[p0] : !t
  }
  %buf57 = sched.buffer "buf57" : !t
  sched.node "op57" writes(%buf57 : !t) ranges [64] {
    %v = sched.load %buf56[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf57[p0] : !t
  }
  %buf58 = sched.buffer "buf58" : !t
  sched.node "op58" writes(%buf58 : !t) ranges [64] {
    %v = sched.load %buf57[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf58[p0] : !t
  }
  %buf59 = sched.buffer "buf59" : !t
  sched.node "op59" writes(%buf59 : !t) ranges [64] {
    %v = sched.load %buf58[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf59[p0] : !t
  }
  %buf60 = sched.buffer "buf60" : !t
  sched.node "op60" writes(%buf60 : !t) ranges [64] {
    %v = sched.load %buf59[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf60[p0] : !t
  }
  %buf61 = sched.buffer "buf61" : !t
  sched.node "op61" writes(%buf61 : !t) ranges [64] {
    %v = sched.load %buf60[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf61[p0] : !t
  }
  %buf62 = sched.buffer "buf62" : !t
  sched.node "op62" writes(%buf62 : !t) ranges [64] {
    %v = sched.load %buf61[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf62[p0] : !t
  }
  %buf63 = sched.buffer "buf63" : !t
  sched.node "op63" writes(%buf63 : !t) ranges [64] {
    %v = sched.load %buf62[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf63[p0] : !t
  }
  %buf64 = sched.buffer "buf64" : !t
  sched.node "op64" writes(%buf64 : !t) ranges [64] {
    %v = sched.load %buf63[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf64[p0] : !t
  }
  %buf65 = sched.buffer "buf65" : !t
  sched.node "op65" writes(%buf65 : !t) ranges [64] {
    %v = sched.load %buf64[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf65[p0] : !t
  }
  %buf66 = sched.buffer "buf66" : !t
  sched.node "op66" writes(%buf66 : !t) ranges [64] {
    %v = sched.load %buf65[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf66[p0] : !t
  }
  %buf67 = sched.buffer "buf67" : !t
  sched.node "op67" writes(%buf67 : !t) ranges [64] {
    %v = sched.load %buf66[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf67[p0] : !t
  }
  %buf68 = sched.buffer "buf68" : !t
  sched.node "op68" writes(%buf68 : !t) ranges [64] {
    %v = sched.load %buf67[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf68[p0] : !t
  }
  %buf69 = sched.buffer "buf69" : !t
  sched.node "op69" writes(%buf69 : !t) ranges [64] {
    %v = sched.load %buf68[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf69[p0] : !t
  }
  %buf70 = sched.buffer "buf70" : !t
  sched.node "op70" writes(%buf70 : !t) ranges [64] {
    %v = sched.load %buf69[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf70[p0] : !t
  }
  %buf71 = sched.buffer "buf71" : !t
  sched.node "op71" writes(%buf71 : !t) ranges [64] {
    %v = sched.load %buf70[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf71[p0] : !t
  }
  %buf72 = sched.buffer "buf72" : !t
  sched.node "op72" writes(%buf72 : !t) ranges [64] {
    %v = sched.load %buf71[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf72[p0] : !t
  }
  %buf73 = sched.buffer "buf73" : !t
  sched.node "op73" writes(%buf73 : !t) ranges [64] {
    %v = sched.load %buf72[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf73[p0] : !t
  }
  %buf74 = sched.buffer "buf74" : !t
  sched.node "op74" writes(%buf74 : !t) ranges [64] {
    %v = sched.load %buf73[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf74[p0] : !t
  }
  %buf75 = sched.buffer "buf75" : !t
  sched.node "op75" writes(%buf75 : !t) ranges [64] {
    %v = sched.load %buf74[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf75[p0] : !t
  }
  %buf76 = sched.buffer "buf76" : !t
  sched.node "op76" writes(%buf76 : !t) ranges [64] {
    %v = sched.load %buf75[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf76[p0] : !t
  }
  %buf77 = sched.buffer "buf77" : !t
  sched.node "op77" writes(%buf77 : !t) ranges [64] {
    %v = sched.load %buf76[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf77[p0] : !t
  }
  %buf78 = sched.buffer "buf78" : !t
  sched.node "op78" writes(%buf78 : !t) ranges [64] {
    %v = sched.load %buf77[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf78[p0] : !t
  }
  %buf79 = sched.buffer "buf79" : !t
  sched.node "op79" writes(%buf79 : !t) ranges [64] {
    %v = sched.load %buf78[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf79[p0] : !t
  }
  %buf80 = sched.buffer "buf80" : !t
  sched.node "op80" writes(%buf80 : !t) ranges [64] {
    %v = sched.load %buf79[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf80[p0] : !t
  }
  %buf81 = sched.buffer "buf81" : !t
  sched.node "op81" writes(%buf81 : !t) ranges [64] {
    %v = sched.load %buf80[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf81[p0] : !t
  }
  %buf82 = sched.buffer "buf82" : !t
  sched.node "op82" writes(%buf82 : !t) ranges [64] {
    %v = sched.load %buf81[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf82[p0] : !t
  }
  %buf83 = sched.buffer "buf83" : !t
  sched.node "op83" writes(%buf83 : !t) ranges [64] {
    %v = sched.load %buf82[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf83[p0] : !t
  }
  %buf84 = sched.buffer "buf84" : !t
  sched.node "op84" writes(%buf84 : !t) ranges [64] {
    %v = sched.load %buf83[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf84[p0] : !t
  }
  %buf85 = sched.buffer "buf85" : !t
  sched.node "op85" writes(%buf85 : !t) ranges [64] {
    %v = sched.load %buf84[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf85[p0] : !t
  }
  %buf86 = sched.buffer "buf86" : !t
  sched.node "op86" writes(%buf86 : !t) ranges [64] {
    %v = sched.load %buf85[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf86[p0] : !t
  }
  %buf87 = sched.buffer "buf87" : !t
  sched.node "op87" writes(%buf87 : !t) ranges [64] {
    %v = sched.load %buf86[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf87[p0] : !t
  }
  %buf88 = sched.buffer "buf88" : !t
  sched.node "op88" writes(%buf88 : !t) ranges [64] {
    %v = sched.load %buf87[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf88[p0] : !t
  }
  %buf89 = sched.buffer "buf89" : !t
  sched.node "op89" writes(%buf89 : !t) ranges [64] {
    %v = sched.load %buf88[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf89[p0] : !t
  }
  %buf90 = sched.buffer "buf90" : !t
  sched.node "op90" writes(%buf90 : !t) ranges [64] {
    %v = sched.load %buf89[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf90[p0] : !t
  }
  %buf91 = sched.buffer "buf91" : !t
  sched.node "op91" writes(%buf91 : !t) ranges [64] {
    %v = sched.load %buf90[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf91[p0] : !t
  }
  %buf92 = sched.buffer "buf92" : !t
  sched.node "op92" writes(%buf92 : !t) ranges [64] {
    %v = sched.load %buf91[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf92[p0] : !t
  }
  %buf93 = sched.buffer "buf93" : !t
  sched.node "op93" writes(%buf93 : !t) ranges [64] {
    %v = sched.load %buf92[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf93[p0] : !t
  }
  %buf94 = sched.buffer "buf94" : !t
  sched.node "op94" writes(%buf94 : !t) ranges [64] {
    %v = sched.load %buf93[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf94[p0] : !t
  }
  %buf95 = sched.buffer "buf95" : !t
  sched.node "op95" writes(%buf95 : !t) ranges [64] {
    %v = sched.load %buf94[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf95[p0] : !t
  }
  %buf96 = sched.buffer "buf96" : !t
  sched.node "op96" writes(%buf96 : !t) ranges [64] {
    %v = sched.load %buf95[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf96[p0] : !t
  }
  %buf97 = sched.buffer "buf97" : !t
  sched.node "op97" writes(%buf97 : !t) ranges [64] {
    %v = sched.load %buf96[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf97[p0] : !t
  }
  %buf98 = sched.buffer "buf98" : !t
  sched.node "op98" writes(%buf98 : !t) ranges [64] {
    %v = sched.load %buf97[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf98[p0] : !t
  }
  %buf99 = sched.buffer "buf99" : !t
  sched.node "op99" writes(%buf99 : !t) ranges [64] {
    %v = sched.load %buf98[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf99[p0] : !t
  }
  %buf100 = sched.buffer "buf100" : !t
  sched.node "op100" writes(%buf100 : !t) ranges [64] {
    %v = sched.load %buf99[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf100[p0] : !t
  }
  %buf101 = sched.buffer "buf101" : !t
  sched.node "op101" writes(%buf101 : !t) ranges [64] {
    %v = sched.load %buf100[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf101[p0] : !t
  }
  %buf102 = sched.buffer "buf102" : !t
  sched.node "op102" writes(%buf102 : !t) ranges [64] {
    %v = sched.load %buf101[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf102[p0] : !t
  }
  %buf103 = sched.buffer "buf103" : !t
  sched.node "op103" writes(%buf103 : !t) ranges [64] {
    %v = sched.load %buf102[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf103[p0] : !t
  }
  %buf104 = sched.buffer "buf104" : !t
  sched.node "op104" writes(%buf104 : !t) ranges [64] {
    %v = sched.load %buf103[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf104[p0] : !t
  }
  %buf105 = sched.buffer "buf105" : !t
  sched.node "op105" writes(%buf105 : !t) ranges [64] {
    %v = sched.load %buf104[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf105[p0] : !t
  }
  %buf106 = sched.buffer "buf106" : !t
  sched.node "op106" writes(%buf106 : !t) ranges [64] {
    %v = sched.load %buf105[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf106[p0] : !t
  }
  %buf107 = sched.buffer "buf107" : !t
  sched.node "op107" writes(%buf107 : !t) ranges [64] {
    %v = sched.load %buf106[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf107[p0] : !t
  }
  %buf108 = sched.buffer "buf108" : !t
  sched.node "op108" writes(%buf108 : !t) ranges [64] {
    %v = sched.load %buf107[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf108[p0] : !t
  }
  %buf109 = sched.buffer "buf109" : !t
  sched.node "op109" writes(%buf109 : !t) ranges [64] {
    %v = sched.load %buf108[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf109[p0] : !t
  }
  %buf110 = sched.buffer "buf110" : !t
  sched.node "op110" writes(%buf110 : !t) ranges [64] {
    %v = sched.load %buf109[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf110[p0] : !t
  }
  %buf111 = sched.buffer "buf111" : !t
  sched.node "op111" writes(%buf111 : !t) ranges [64] {
    %v = sched.load %buf110[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf111[p0] : !t
  }
  %buf112 = sched.buffer "buf112" : !t
  sched.node "op112" writes(%buf112 : !t) ranges [64] {
    %v = sched.load %buf111[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf112[p0] : !t
  }
  %buf113 = sched.buffer "buf113" : !t
  sched.node "op113" writes(%buf113 : !t) ranges [64] {
    %v = sched.load %buf112[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf113[p0] : !t
  }
  %buf114 = sched.buffer "buf114" : !t
  sched.node "op114" writes(%buf114 : !t) ranges [64] {
    %v = sched.load %buf113[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf114[p0] : !t
  }
  %buf115 = sched.buffer "buf115" : !t
  sched.node "op115" writes(%buf115 : !t) ranges [64] {
    %v = sched.load %buf114[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf115[p0] : !t
  }
  %buf116 = sched.buffer "buf116" : !t
  sched.node "op116" writes(%buf116 : !t) ranges [64] {
    %v = sched.load %buf115[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf116[p0] : !t
  }
  %buf117 = sched.buffer "buf117" : !t
  sched.node "op117" writes(%buf117 : !t) ranges [64] {
    %v = sched.load %buf116[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf117[p0] : !t
  }
  %buf118 = sched.buffer "buf118" : !t
  sched.node "op118" writes(%buf118 : !t) ranges [64] {
    %v = sched.load %buf117[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf118[p0] : !t
  }
  %buf119 = sched.buffer "buf119" : !t
  sched.node "op119" writes(%buf119 : !t) ranges [64] {
    %v = sched.load %buf118[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf119[p0] : !t
  }
  %buf120 = sched.buffer "buf120" : !t
  sched.node "op120" writes(%buf120 : !t) ranges [64] {
    %v = sched.load %buf119[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf120[p0] : !t
  }
  %buf121 = sched.buffer "buf121" : !t
  sched.node "op121" writes(%buf121 : !t) ranges [64] {
    %v = sched.load %buf120[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf121[p0] : !t
  }
  %buf122 = sched.buffer "buf122" : !t
  sched.node "op122" writes(%buf122 : !t) ranges [64] {
    %v = sched.load %buf121[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf122[p0] : !t
  }
  %buf123 = sched.buffer "buf123" : !t
  sched.node "op123" writes(%buf123 : !t) ranges [64] {
    %v = sched.load %buf122[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf123[p0] : !t
  }
  %buf124 = sched.buffer "buf124" : !t
  sched.node "op124" writes(%buf124 : !t) ranges [64] {
    %v = sched.load %buf123[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf124[p0] : !t
  }
  %buf125 = sched.buffer "buf125" : !t
  sched.node "op125" writes(%buf125 : !t) ranges [64] {
    %v = sched.load %buf124[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf125[p0] : !t
  }
  %buf126 = sched.buffer "buf126" : !t
  sched.node "op126" writes(%buf126 : !t) ranges [64] {
    %v = sched.load %buf125[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf126[p0] : !t
  }
  %buf127 = sched.buffer "buf127" : !t
  sched.node "op127" writes(%buf127 : !t) ranges [64] {
    %v = sched.load %buf126[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf127[p0] : !t
  }
  %buf128 = sched.buffer "buf128" : !t
  sched.node "op128" writes(%buf128 : !t) ranges [64] {
    %v = sched.load %buf127[p0] : !t
    %c = arith.constant 1.0 : f32
    %s = arith.addf %v, %c : f32
    sched.store %s, %buf128[p0] : !t
  }
  sched.output %buf128 : !t
}
