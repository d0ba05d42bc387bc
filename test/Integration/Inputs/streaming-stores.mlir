// A pointwise kernel with a 64 MiB output (streamed) and one with a small
// output (vectorized, not streamed), for sched-run-streaming-stores.mlir.
!big = !sched.buffer<[4096, 4096], f32, strides = [4096, 1], device = "cpu">
!small = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cpu">
!row = !sched.buffer<[4096], f32, strides = [1], device = "cpu">

sched.graph @scale_exp {
  %x = sched.input "arg0_1" : !big
  %w = sched.input "arg1_1" : !row
  %buf0 = sched.buffer "buf0" : !big
  sched.node "op0" writes(%buf0 : !big) ranges [4096, 4096] {
    %l = sched.load %x[4096*p0 + p1] : !big
    %m = sched.load %w[p1] : !row
    %p = arith.mulf %l, %m : f32
    %e = math.exp %p : f32
    sched.store %e, %buf0[4096*p0 + p1] : !big
  }
  sched.output %buf0 : !big
}

sched.graph @small_sub {
  %x = sched.input "arg0_1" : !small
  %y = sched.input "arg1_1" : !small
  %buf0 = sched.buffer "buf0" : !small
  sched.node "op0" writes(%buf0 : !small) ranges [64, 64] {
    %a = sched.load %x[64*p0 + p1] : !small
    %b = sched.load %y[p0 + 64*p1] : !small
    %d = arith.subf %a, %b : f32
    sched.store %d, %buf0[64*p0 + p1] : !small
  }
  sched.output %buf0 : !small
}
