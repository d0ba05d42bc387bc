!f32_8192x4096 = !sched.buffer<[8192, 4096], f32, strides = [4096, 1], device = "cuda:0">

sched.graph @input_mutation {
  %arg0_1 = sched.input "arg0_1" : !f32_8192x4096
  %arg1_1 = sched.input "arg1_1" : !f32_8192x4096
  %buf0 = sched.buffer "buf0" : !f32_8192x4096
  sched.node "op0" writes(%buf0 : !f32_8192x4096) ranges [8192, 4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_8192x4096
    %constant = arith.constant 1.0 : f32
    %add = arith.addf %load, %constant : f32
    %load_1 = sched.load %arg1_1[4096*p0 + p1] : !f32_8192x4096
    %mul = arith.mulf %add, %load_1 : f32
    sched.store %mul, %buf0[4096*p0 + p1] : !f32_8192x4096
  }
  %buf1 = sched.buffer "buf1" : !f32_8192x4096
  sched.node "op1" writes(%buf1 : !f32_8192x4096) ranges [8192, 4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_8192x4096
    %constant = arith.constant 1.0 : f32
    %add = arith.addf %load, %constant : f32
    sched.store %add, %buf1[4096*p0 + p1] : !f32_8192x4096
  }
  %buf2 = sched.mutation "buf2" mutates(%arg0_1 : !f32_8192x4096) : !f32_8192x4096
  sched.node "op2" writes(%buf2 : !f32_8192x4096) ranges [8192, 4096] {
    %load = sched.load %buf1[4096*p0 + p1] : !f32_8192x4096
    sched.store %load, %buf2[4096*p0 + p1] : !f32_8192x4096
  }
  sched.output %buf0, %buf2 : !f32_8192x4096, !f32_8192x4096
}
