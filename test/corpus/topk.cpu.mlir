!f32_8x16 = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!f32_8x3 = !sched.buffer<[8, 3], f32, strides = [3, 1], device = "cpu">
!i64_8x3 = !sched.buffer<[8, 3], i64, strides = [3, 1], device = "cpu">

sched.graph @topk {
  %arg0_1 = sched.input "arg0_1" : !f32_8x16
  %buf0 = sched.buffer "buf0" : !sched.multi_output_layout<"cpu">
  sched.extern "op0" "torch.ops.aten.topk.default"(%arg0_1 : !f32_8x16) writes(%buf0 : !sched.multi_output_layout<"cpu">) class "FallbackKernel"
  %buf1 = sched.buffer "buf1" : !f32_8x3
  sched.multi_output "op1" %buf0[0] writes(%buf1 : !f32_8x3) : !sched.multi_output_layout<"cpu">
  %buf2 = sched.buffer "buf2" : !i64_8x3
  sched.multi_output "op2" %buf0[1] writes(%buf2 : !i64_8x3) : !sched.multi_output_layout<"cpu">
  %buf3 = sched.buffer "buf3" : !f32_8x3
  sched.node "op3" writes(%buf3 : !f32_8x3) ranges [24] {
    %load = sched.load %buf1[p0] : !f32_8x3
    %constant = arith.constant 2.0 : f32
    %mul = arith.mulf %load, %constant : f32
    sched.store %mul, %buf3[p0] : !f32_8x3
  }
  sched.output %buf3, %buf2 : !f32_8x3, !i64_8x3
}
