// softmax over 4096x4096 f32 rows (a 64 MiB output, streamed), for
// sched-run-prefetch-streaming.mlir.
!f32_4096x4096 = !sched.buffer<[4096, 4096], f32, strides = [4096, 1], device = "cpu">
!f32_4096x1 = !sched.buffer<[4096, 1], f32, strides = [1, 4096], device = "cpu">

sched.graph @softmax_4096 {
  %arg0_1 = sched.input "arg0_1" : !f32_4096x4096
  %buf0 = sched.buffer "buf0" : !f32_4096x1
  sched.node "op0" writes(%buf0 : !f32_4096x1) ranges [4096] reduce [4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_4096x4096
    %reduction = sched.reduction max %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_4096x1
  }
  %buf1 = sched.buffer "buf1" : !f32_4096x4096
  sched.node "op1" writes(%buf1 : !f32_4096x4096) ranges [4096, 4096] {
    %load = sched.load %arg0_1[4096*p0 + p1] : !f32_4096x4096
    %load_1 = sched.load %buf0[p0] : !f32_4096x1
    %sub = arith.subf %load, %load_1 : f32
    %exp = math.exp %sub : f32
    sched.store %exp, %buf1[4096*p0 + p1] : !f32_4096x4096
  }
  %buf2 = sched.buffer "buf2" : !f32_4096x1
  sched.node "op2" writes(%buf2 : !f32_4096x1) ranges [4096] reduce [4096] {
    %load = sched.load %buf1[4096*p0 + p1] : !f32_4096x4096
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf2[p0] : !f32_4096x1
  }
  %buf3 = sched.buffer "buf3" : !f32_4096x4096
  sched.node "op3" writes(%buf3 : !f32_4096x4096) ranges [4096, 4096] {
    %load = sched.load %buf1[4096*p0 + p1] : !f32_4096x4096
    %load_1 = sched.load %buf2[p0] : !f32_4096x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf3[4096*p0 + p1] : !f32_4096x4096
  }
  sched.output %buf3 : !f32_4096x4096
}
