!f32_128x256 = !sched.buffer<[128, 256], f32, strides = [256, 1], device = "cuda:0">
!f32_128 = !sched.buffer<[128], f32, strides = [1], device = "cuda:0">
!f32_256x128 = !sched.buffer<[256, 128], f32, strides = [128, 1], device = "cuda:0">

sched.graph @sum_and_t {
  %arg0_1 = sched.input "arg0_1" : !f32_128x256
  %buf0 = sched.buffer "buf0" : !f32_128
  sched.node "op0" writes(%buf0 : !f32_128) ranges [128] reduce [256] {
    %load = sched.load %arg0_1[256*p0 + p1] : !f32_128x256
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_128
  }
  %buf1 = sched.buffer "buf1" : !f32_256x128
  sched.node "op1" writes(%buf1 : !f32_256x128) ranges [256, 128] {
    %load = sched.load %arg0_1[p0 + 256*p1] : !f32_128x256
    sched.store %load, %buf1[128*p0 + p1] : !f32_256x128
  }
  sched.output %buf0, %buf1 : !f32_128, !f32_256x128
}
