// max_fusion_size: a fused node may not grow past it.
// RUN: sched-opt %s -sched-pre-fusion -sched-fuse-nodes="max-fusion-size=2 explain=true" -verify-diagnostics -o /dev/null

!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @chain3 {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-remark @+1 {{not fusing 'op0_op1' with 'op2' [size]: exceeds max fusion: 3 > 2 nodes (shared bytes: 256)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    %c = math.cos %v : f32
    sched.store %c, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    %c = math.sin %v : f32
    sched.store %c, %buf1[p0] : !t
  }
  %buf2 = sched.buffer "buf2" : !t
  sched.node "op2" writes(%buf2 : !t) ranges [64] {
    %v = sched.load %buf1[p0] : !t
    %c = math.exp %v : f32
    sched.store %c, %buf2[p0] : !t
  }
  sched.output %buf2 : !t
}
