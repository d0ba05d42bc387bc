// sched-run-bounds-check.mlir's graph whose indices leave [0, 100).
!idx = !sched.buffer<[8], i64, strides = [1], device = "cpu">
!out = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cpu">
!small = !sched.buffer<[100, 4], f32, strides = [4, 1], device = "cpu">

sched.graph @out_of_bounds {
  %table = sched.input "arg0_1" : !small
  %idx = sched.input "arg1_1" : !idx
  %buf0 = sched.buffer "buf0" : !out
  sched.node "op0" writes(%buf0 : !out) ranges [8, 4] {
    %i = sched.load %idx[p0] : !idx
    %j = sched.indirect_indexing %i size 100 check wrap_neg : i64
    %v = sched.load %table[4*indirect0 + p1] indirect(%j) : !small
    sched.store %v, %buf0[4*p0 + p1] : !out
  }
  sched.output %buf0 : !out
}
