// Inductor's config.max_fusion_unique_io_buffers (None by default): a fusion
// is refused when the fused node would read and write more distinct buffers
// than the limit, not counting node2's reads of node1's writes and node1's
// writes that only the pair reads (fusion_prevent_too_many_reads_and_writes).
// softmax on [32, 64], exported on cpu: PyTorch 2.11 with the limit at 1,
// 2 and 3 partitions it as op0 op1 op2 op3, op0_op1 op2_op3, and one group
// (checked side by side with torch.compile under config.patch, for limits
// 1-6 on this, layernorm, rmsnorm_residual and add_two_users_sum).
// RUN: sched-opt %s -sched-schedule=max-fusion-unique-io-buffers=1 | FileCheck %s --check-prefix=ONE
// RUN: sched-opt %s -sched-schedule=max-fusion-unique-io-buffers=2 | FileCheck %s --check-prefix=TWO
// RUN: sched-opt %s -sched-schedule=max-fusion-unique-io-buffers=3 | FileCheck %s --check-prefix=THREE
// RUN: sched-opt %s -sched-schedule | FileCheck %s --check-prefix=THREE
// RUN: sched-opt %s -sched-pre-fusion -sched-fuse-nodes="explain=true max-fusion-unique-io-buffers=2" \
// RUN:   -o /dev/null 2>&1 | FileCheck %s --check-prefix=WHY

// ONE-NOT: sched.group
// ONE: sched.node "op0"
// ONE: sched.node "op1"
// ONE: sched.node "op2"
// ONE: sched.node "op3"
// ONE-NOT: sched.group

// TWO: sched.group "op0_op1" fused
// TWO: sched.group "op2_op3" fused

// THREE: sched.group "op0_op1_op2_op3" fused

// op1 and op2 alone: arg0_1 and buf0 read, buf1 written (op2 reads it, but
// op3 does too, so it stays), buf2 written.
// WHY: remark: not fusing 'op1' with 'op2' [size]: fusion_prevent_too_many_reads_and_writes: 4 unique I/O buffers > 2
// WHY: remark: not fusing 'op0_op1' with 'op2_op3' [size]: fusion_prevent_too_many_reads_and_writes: 3 unique I/O buffers > 2

!f32_32x64 = !sched.buffer<[32, 64], f32, strides = [64, 1], device = "cpu">
!f32_32x1 = !sched.buffer<[32, 1], f32, strides = [1, 32], device = "cpu">

sched.graph @softmax {
  %arg0_1 = sched.input "arg0_1" : !f32_32x64
  %buf0 = sched.buffer "buf0" : !f32_32x1
  sched.node "op0" writes(%buf0 : !f32_32x1) ranges [32] reduce [64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_32x64
    %reduction = sched.reduction max %load : f32 -> f32
    sched.store_reduction %reduction, %buf0[p0] : !f32_32x1
  }
  %buf1 = sched.buffer "buf1" : !f32_32x64
  sched.node "op1" writes(%buf1 : !f32_32x64) ranges [32, 64] {
    %load = sched.load %arg0_1[64*p0 + p1] : !f32_32x64
    %load_1 = sched.load %buf0[p0] : !f32_32x1
    %sub = arith.subf %load, %load_1 : f32
    %exp = math.exp %sub : f32
    sched.store %exp, %buf1[64*p0 + p1] : !f32_32x64
  }
  %buf2 = sched.buffer "buf2" : !f32_32x1
  sched.node "op2" writes(%buf2 : !f32_32x1) ranges [32] reduce [64] {
    %load = sched.load %buf1[64*p0 + p1] : !f32_32x64
    %reduction = sched.reduction sum %load : f32 -> f32
    sched.store_reduction %reduction, %buf2[p0] : !f32_32x1
  }
  %buf3 = sched.buffer "buf3" : !f32_32x64
  sched.node "op3" writes(%buf3 : !f32_32x64) ranges [32, 64] {
    %load = sched.load %buf1[64*p0 + p1] : !f32_32x64
    %load_1 = sched.load %buf2[p0] : !f32_32x1
    %truediv = arith.divf %load, %load_1 : f32
    sched.store %truediv, %buf3[64*p0 + p1] : !f32_32x64
  }
  sched.output %buf3 : !f32_32x64
}
