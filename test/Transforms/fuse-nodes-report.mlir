// Case 38: fusing two nodes would keep alive a big input each could
// otherwise hand over to the other: refused for peak memory. Case 24: with
// aggressive fusion, two reductions that share nothing still do not fuse.
// The JSON report records every decision.
// RUN: sched-opt %s -sched-pre-fusion -sched-fuse-nodes="explain=true report=%t.json" -verify-diagnostics -o /dev/null
// RUN: FileCheck %s --input-file=%t.json
// RUN: sched-opt %s -sched-pre-fusion -sched-fuse-nodes="aggressive-fusion=true explain=true" -o /dev/null 2>&1 | FileCheck %s --check-prefix=AGGRESSIVE

// CHECK:      "decisions": [
// CHECK:          "fused": false,
// CHECK-NEXT:     "kind": "memory",
// CHECK-NEXT:     "node1": "op2",
// CHECK-NEXT:     "node2": "op3",
// CHECK-NEXT:     "reason": "fusion will increase peak memory: reuse overhead 1048576 > 32 x saving 64",
// CHECK-NEXT:     "round": 0,
// CHECK-NEXT:     "shared_bytes": 64
// CHECK:      "graph": "peak_memory"

// AGGRESSIVE: remark: not fusing 'op4' with 'op5' [score]: no shared data (shared bytes: 0)

!big = !sched.buffer<[1048576], f32, strides = [1], device = "cuda:0">
!w = !sched.buffer<[16], f32, strides = [1], device = "cuda:0">
!r = !sched.buffer<[16], f32, strides = [1], device = "cuda:0">
!m = !sched.buffer<[16, 65536], f32, strides = [65536, 1], device = "cuda:0">
sched.graph @peak_memory {
  %x = sched.input "arg0_1" : !big
  %y = sched.input "arg1_1" : !big
  %w = sched.input "arg2_1" : !w
  %buf0 = sched.buffer "buf0" : !big
  sched.extern "op0" "aten.special_a"(%x : !big) writes(%buf0 : !big)
  %buf1 = sched.buffer "buf1" : !big
  sched.extern "op1" "aten.special_b"(%y : !big) writes(%buf1 : !big)
  %buf2 = sched.buffer "buf2" : !m
  // expected-remark @+2 {{not fusing 'op2_op4' with 'op3_op5' [memory]: fusion will increase peak memory: reuse overhead 1048576 > 32 x saving 64 (shared bytes: 64)}}
  // expected-remark @+1 {{not fusing 'op2' with 'op3' [memory]: fusion will increase peak memory: reuse overhead 1048576 > 32 x saving 64 (shared bytes: 64)}}
  sched.node "op2" writes(%buf2 : !m) ranges [16, 65536] {
    %a = sched.load %buf0[65536*p0 + p1] : !big
    %b = sched.load %w[p0] : !w
    %s = arith.addf %a, %b : f32
    sched.store %s, %buf2[65536*p0 + p1] : !m
  }
  %buf3 = sched.buffer "buf3" : !m
  sched.node "op3" writes(%buf3 : !m) ranges [16, 65536] {
    %a = sched.load %buf1[65536*p0 + p1] : !big
    %b = sched.load %w[p0] : !w
    %s = arith.mulf %a, %b : f32
    sched.store %s, %buf3[65536*p0 + p1] : !m
  }
  %buf4 = sched.buffer "buf4" : !r
  sched.node "op4" writes(%buf4 : !r) ranges [16] reduce [65536] {
    %a = sched.load %buf2[65536*p0 + p1] : !m
    %s = sched.reduction sum %a : f32 -> f32
    sched.store_reduction %s, %buf4[p0] : !r
  }
  %buf5 = sched.buffer "buf5" : !r
  sched.node "op5" writes(%buf5 : !r) ranges [16] reduce [65536] {
    %a = sched.load %buf3[65536*p0 + p1] : !m
    %s = sched.reduction max %a : f32 -> f32
    sched.store_reduction %s, %buf5[p0] : !r
  }
  sched.output %buf4, %buf5 : !r, !r
}
