!f32_128x256 = !sched.buffer<[128, 256], f32, strides = [256, 1], device = "cpu">
!f32_128x256_1 = !sched.buffer<[128, 256], f32, strides = [1, 128], device = "cpu">

sched.graph @apbt_realize {
  %arg0_1 = sched.input "arg0_1" : !f32_128x256
  %arg1_1 = sched.input "arg1_1" : !f32_128x256_1
  %buf0 = sched.buffer "buf0" : !f32_128x256
  sched.node "op0" writes(%buf0 : !f32_128x256) ranges [32768] {
    %load = sched.load %arg0_1[p0] : !f32_128x256
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %load, %constant : f32
    sched.store %mul, %buf0[p0] : !f32_128x256
  }
  %buf1 = sched.buffer "buf1" : !f32_128x256_1
  sched.node "op1" writes(%buf1 : !f32_128x256_1) ranges [32768] {
    %load = sched.load %arg1_1[p0] : !f32_128x256_1
    %constant = arith.constant 3.0 : f32
    %mul = arith.mulf %load, %constant : f32
    sched.store %mul, %buf1[p0] : !f32_128x256_1
  }
  %buf2 = sched.buffer "buf2" : !f32_128x256
  sched.node "op2" writes(%buf2 : !f32_128x256) ranges [128, 256] {
    %load = sched.load %buf0[256*p0 + p1] : !f32_128x256
    %load_1 = sched.load %buf1[p0 + 128*p1] : !f32_128x256_1
    %add = arith.addf %load, %load_1 : f32
    sched.store %add, %buf2[256*p0 + p1] : !f32_128x256
  }
  sched.output %buf2 : !f32_128x256
}
