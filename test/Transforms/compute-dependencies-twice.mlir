// Dependencies are computed once: a second run would add fake dependencies
// again.
// RUN: sched-opt %s -verify-diagnostics -sched-compute-read-writes -sched-compute-dependencies -sched-compute-dependencies

!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// expected-error @+1 {{'sched.graph' op already has users; dependencies are computed once}}
sched.graph @g {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  sched.output %buf0 : !t
}
