!f32_64x128 = !sched.buffer<[64, 128], f32, strides = [128, 1], device = "cuda:0">
!i64_64 = !sched.buffer<[64], i64, strides = [1], device = "cuda:0">

sched.graph @argmax {
  %arg0_1 = sched.input "arg0_1" : !f32_64x128
  %buf0 = sched.buffer "buf0" : !i64_64
  sched.node "op0" writes(%buf0 : !i64_64) ranges [64] reduce [128] {
    %load = sched.load %arg0_1[128*p0 + p1] : !f32_64x128
    %reduction = sched.reduction argmax %load : f32 -> i64
    sched.store_reduction %reduction, %buf0[p0] : !i64_64
  }
  sched.output %buf0 : !i64_64
}
