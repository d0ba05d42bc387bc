!f32_100x16 = !sched.buffer<[100, 16], f32, strides = [16, 1], device = "cuda:0">
!i64_8 = !sched.buffer<[8], i64, strides = [1], device = "cuda:0">
!f32_8x16 = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">

sched.graph @embedding {
  %arg0_1 = sched.input "arg0_1" : !f32_100x16
  %arg1_1 = sched.input "arg1_1" : !i64_8
  %buf0 = sched.buffer "buf0" : !f32_8x16
  sched.node "op0" writes(%buf0 : !f32_8x16) ranges [8, 16] {
    %load = sched.load %arg1_1[p0] : !i64_8
    %set_indirect0 = sched.indirect_indexing %load size 100 check wrap_neg : i64
    %load_1 = sched.load %arg0_1[16*indirect0 + p1] indirect(%set_indirect0) : !f32_100x16
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %load_1, %constant : f32
    sched.store %mul, %buf0[16*p0 + p1] : !f32_8x16
  }
  sched.output %buf0 : !f32_8x16
}
