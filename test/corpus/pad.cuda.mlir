!f32_8x16 = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
!f32_8x18 = !sched.buffer<[8, 18], f32, strides = [18, 1], device = "cuda:0">

sched.graph @pad {
  %arg0_1 = sched.input "arg0_1" : !f32_8x16
  %buf0 = sched.buffer "buf0" : !f32_8x18
  sched.node "op0" writes(%buf0 : !f32_8x18) ranges [8, 18] {
    %index_expr = sched.index_expr [-1 + p1] : i64
    %constant = arith.constant 0 : i64
    %ge = arith.cmpi sge, %index_expr, %constant : i64
    %index_expr_1 = sched.index_expr [-1 + p1] : i64
    %constant_1 = arith.constant 16 : i64
    %lt = arith.cmpi slt, %index_expr_1, %constant_1 : i64
    %and_ = arith.andi %ge, %lt : i1
    %masked_subblock1 = sched.masked %and_ -> f32 other 0.0 {
      %masked_subblock1_load = sched.load %arg0_1[-1 + 16*p0 + p1] : !f32_8x16
      sched.yield %masked_subblock1_load : f32
    }
    %constant_2 = arith.constant 1.0 : f32
    %add = arith.addf %masked_subblock1, %constant_2 : f32
    sched.store %add, %buf0[18*p0 + p1] : !f32_8x18
  }
  sched.output %buf0 : !f32_8x18
}
