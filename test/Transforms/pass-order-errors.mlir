// Each step of _init needs the state the steps before it record.
// RUN: sched-opt %s -split-input-file -verify-diagnostics -sched-compute-dependencies
// RUN: sched-opt %s -split-input-file -verify-diagnostics -sched-topological-sort
// RUN: sched-opt %s -split-input-file -verify-diagnostics -sched-compute-ancestors
// RUN: sched-opt %s -split-input-file -verify-diagnostics -sched-debug-str
// RUN: sched-opt %s -split-input-file -verify-diagnostics -sched-reorder-for-peak-memory
// RUN: sched-opt %s -split-input-file -verify-diagnostics=only-expected -sched-compute-read-writes -sched-dead-node-elimination

!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// expected-error @+1 {{'sched.graph' op has no}}
sched.graph @g {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  sched.output %buf0 : !t
}
