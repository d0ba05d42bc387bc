!f32_32x32 = !sched.buffer<[32, 32], f32, strides = [32, 1], device = "cuda:0">

sched.graph @half_roundtrip {
  %arg0_1 = sched.input "arg0_1" : !f32_32x32
  %buf0 = sched.buffer "buf0" : !f32_32x32
  sched.node "op0" writes(%buf0 : !f32_32x32) ranges [32, 32] {
    %load = sched.load %arg0_1[32*p0 + p1] : !f32_32x32
    %to_dtype = arith.truncf %load {sched.src_dtype} : f32 to f16
    %constant = arith.constant 2.0 : f16
    %mul = arith.mulf %to_dtype, %constant : f16
    %to_dtype_1 = arith.extf %mul {sched.src_dtype} : f16 to f32
    %load_1 = sched.load %arg0_1[32*p0 + p1] : !f32_32x32
    %add = arith.addf %to_dtype_1, %load_1 : f32
    sched.store %add, %buf0[32*p0 + p1] : !f32_32x32
  }
  sched.output %buf0 : !f32_32x32
}
