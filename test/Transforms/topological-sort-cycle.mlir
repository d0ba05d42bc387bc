// A dependency cycle is reported, naming its nodes.
// RUN: sched-opt %s -verify-diagnostics -sched-compute-read-writes -sched-topological-sort

!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @cycle {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  %buf1 = sched.buffer "buf1" : !t
  // expected-error @+1 {{'sched.node' op is on a dependency cycle: op0 -> op1 -> op0 (each reads a buffer the next one writes)}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %buf1[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    sched.store %v, %buf1[p0] : !t
  }
  sched.output %buf1 : !t
}
