!f32_100 = !sched.buffer<[100], f32, strides = [1], device = "cpu">
!f32_10x10 = !sched.buffer<[10, 10], f32, strides = [10, 1], device = "cpu">

sched.graph @sin_and_view {
  %arg0_1 = sched.input "arg0_1" : !f32_100
  %buf0 = sched.buffer "buf0" : !f32_100
  sched.node "op0" writes(%buf0 : !f32_100) ranges [100] {
    %load = sched.load %arg0_1[p0] : !f32_100
    %sin = math.sin %load : f32
    sched.store %sin, %buf0[p0] : !f32_100
  }
  %buf1 = sched.buffer "buf1" : !f32_10x10
  sched.node "op1" writes(%buf1 : !f32_10x10) ranges [100] {
    %load = sched.load %arg0_1[p0] : !f32_100
    sched.store %load, %buf1[p0] : !f32_10x10
  }
  sched.output %buf0, %buf1 : !f32_100, !f32_10x10
}
