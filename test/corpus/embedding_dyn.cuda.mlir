!f32_100x16 = !sched.buffer<[100, 16], f32, strides = [16, 1], device = "cuda:0">
!i64_s95 = !sched.buffer<[s95], i64, strides = [1], device = "cuda:0">
!f32_s95x16 = !sched.buffer<[s95, 16], f32, strides = [16, 1], device = "cuda:0">

sched.graph @embedding_dyn symbols(s95 = 8) {
  %arg0_1 = sched.input "arg0_1" : !f32_100x16
  %arg2_1 = sched.input "arg2_1" : !i64_s95
  %buf0 = sched.buffer "buf0" : !f32_s95x16
  sched.node "op0" writes(%buf0 : !f32_s95x16) ranges [s95, 16] {
    %load = sched.load %arg2_1[p0] : !i64_s95
    %set_indirect0 = sched.indirect_indexing %load size 100 check wrap_neg : i64
    %load_1 = sched.load %arg0_1[16*indirect0 + p1] indirect(%set_indirect0) : !f32_100x16
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %load_1, %constant : f32
    sched.store %mul, %buf0[16*p0 + p1] : !f32_s95x16
  }
  sched.output %buf0 : !f32_s95x16
}
