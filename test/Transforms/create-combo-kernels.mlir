// S17: combo kernels (config.combo_kernels, off by default): independent
// GPU nodes on one level of the dependence graph become foreach groups of
// at most 8.
// RUN: sched-opt %s -split-input-file -sched-schedule | FileCheck %s --check-prefix=OFF
// RUN: sched-opt %s -split-input-file -sched-schedule=combo-kernels=true | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-pre-fusion -sched-fuse-nodes -sched-create-combo-kernels=pointwise-only=true | FileCheck %s --check-prefix=PW

// Nine independent pointwise nodes of different sizes (they cannot fuse):
// the first eight become one combo kernel and the ninth joins a reduction
// of the same level in a second. op10 reads op0's output and fuses with it
// first, so the fused op0_op10 is one part of the combo kernel.
!t0 = !sched.buffer<[2], f32, strides = [1], device = "cuda:0">
!t1 = !sched.buffer<[3], f32, strides = [1], device = "cuda:0">
!t2 = !sched.buffer<[4], f32, strides = [1], device = "cuda:0">
!t3 = !sched.buffer<[5], f32, strides = [1], device = "cuda:0">
!t4 = !sched.buffer<[6], f32, strides = [1], device = "cuda:0">
!t5 = !sched.buffer<[7], f32, strides = [1], device = "cuda:0">
!t6 = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
!t7 = !sched.buffer<[9], f32, strides = [1], device = "cuda:0">
!t8 = !sched.buffer<[10], f32, strides = [1], device = "cuda:0">
!m = !sched.buffer<[4, 5], f32, strides = [5, 1], device = "cuda:0">
!r = !sched.buffer<[4], f32, strides = [1], device = "cuda:0">
// OFF-LABEL:   sched.graph @nine_independent
// OFF-NOT:     foreach
// CHECK-LABEL: sched.graph @nine_independent
// CHECK:         sched.group "op0_op10_op1_op2_op3_op4_op5_op6_op7" foreach
// CHECK-NEXT:      sched.group "op0_op10" fused
// CHECK:         sched.group "op8_op9" foreach
// PW-LABEL:    sched.graph @nine_independent
// PW:            sched.group "op0_op10_op1_op2_op3_op4_op5_op6_op7" foreach
// PW-NOT:        foreach
// PW:            sched.node "op9"
sched.graph @nine_independent {
  %x0 = sched.input "arg0_1" : !t0
  %x1 = sched.input "arg1_1" : !t1
  %x2 = sched.input "arg2_1" : !t2
  %x3 = sched.input "arg3_1" : !t3
  %x4 = sched.input "arg4_1" : !t4
  %x5 = sched.input "arg5_1" : !t5
  %x6 = sched.input "arg6_1" : !t6
  %x7 = sched.input "arg7_1" : !t7
  %x8 = sched.input "arg8_1" : !t8
  %m = sched.input "arg9_1" : !m
  %buf0 = sched.buffer "buf0" : !t0
  sched.node "op0" writes(%buf0 : !t0) ranges [2] {
    %v = sched.load %x0[p0] : !t0
    %c = math.cos %v : f32
    sched.store %c, %buf0[p0] : !t0
  }
  %buf1 = sched.buffer "buf1" : !t1
  sched.node "op1" writes(%buf1 : !t1) ranges [3] {
    %v = sched.load %x1[p0] : !t1
    %c = math.cos %v : f32
    sched.store %c, %buf1[p0] : !t1
  }
  %buf2 = sched.buffer "buf2" : !t2
  sched.node "op2" writes(%buf2 : !t2) ranges [4] {
    %v = sched.load %x2[p0] : !t2
    %c = math.cos %v : f32
    sched.store %c, %buf2[p0] : !t2
  }
  %buf3 = sched.buffer "buf3" : !t3
  sched.node "op3" writes(%buf3 : !t3) ranges [5] {
    %v = sched.load %x3[p0] : !t3
    %c = math.cos %v : f32
    sched.store %c, %buf3[p0] : !t3
  }
  %buf4 = sched.buffer "buf4" : !t4
  sched.node "op4" writes(%buf4 : !t4) ranges [6] {
    %v = sched.load %x4[p0] : !t4
    %c = math.cos %v : f32
    sched.store %c, %buf4[p0] : !t4
  }
  %buf5 = sched.buffer "buf5" : !t5
  sched.node "op5" writes(%buf5 : !t5) ranges [7] {
    %v = sched.load %x5[p0] : !t5
    %c = math.cos %v : f32
    sched.store %c, %buf5[p0] : !t5
  }
  %buf6 = sched.buffer "buf6" : !t6
  sched.node "op6" writes(%buf6 : !t6) ranges [8] {
    %v = sched.load %x6[p0] : !t6
    %c = math.cos %v : f32
    sched.store %c, %buf6[p0] : !t6
  }
  %buf7 = sched.buffer "buf7" : !t7
  sched.node "op7" writes(%buf7 : !t7) ranges [9] {
    %v = sched.load %x7[p0] : !t7
    %c = math.cos %v : f32
    sched.store %c, %buf7[p0] : !t7
  }
  %buf8 = sched.buffer "buf8" : !t8
  sched.node "op8" writes(%buf8 : !t8) ranges [10] {
    %v = sched.load %x8[p0] : !t8
    %c = math.cos %v : f32
    sched.store %c, %buf8[p0] : !t8
  }
  %buf9 = sched.buffer "buf9" : !r
  sched.node "op9" writes(%buf9 : !r) ranges [4] reduce [5] {
    %v = sched.load %m[5*p0 + p1] : !m
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf9[p0] : !r
  }
  %buf10 = sched.buffer "buf10" : !t0
  sched.node "op10" writes(%buf10 : !t0) ranges [1, 2] {
    %v = sched.load %buf0[p1] : !t0
    %c = math.exp %v : f32
    sched.store %c, %buf10[p1] : !t0
  }
  sched.output %buf0, %buf1, %buf2, %buf3, %buf4, %buf5, %buf6, %buf7, %buf8, %buf9, %buf10 : !t0, !t1, !t2, !t3, !t4, !t5, !t6, !t7, !t8, !r, !t0
}

// -----

// CPU nodes are never combined.
!a = !sched.buffer<[8], f32, strides = [1], device = "cpu">
!b = !sched.buffer<[4], f32, strides = [1], device = "cpu">
// CHECK-LABEL: sched.graph @cpu_nodes
// CHECK-NOT:     foreach
sched.graph @cpu_nodes {
  %x = sched.input "arg0_1" : !a
  %y = sched.input "arg1_1" : !b
  %buf0 = sched.buffer "buf0" : !a
  sched.node "op0" writes(%buf0 : !a) ranges [8] {
    %v = sched.load %x[p0] : !a
    %c = math.cos %v : f32
    sched.store %c, %buf0[p0] : !a
  }
  %buf1 = sched.buffer "buf1" : !b
  sched.node "op1" writes(%buf1 : !b) ranges [4] {
    %v = sched.load %y[p0] : !b
    %c = math.cos %v : f32
    sched.store %c, %buf1[p0] : !b
  }
  sched.output %buf0, %buf1 : !a, !b
}
