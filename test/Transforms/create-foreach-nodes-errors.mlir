// RUN: sched-opt %s -split-input-file -sched-pre-fusion -verify-diagnostics -o /dev/null

// An operation can be in one foreach node only.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @listed_twice {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf1[p0] : !t
  }
  sched.graph_list "list_0"(%buf0, %buf1 : !t, !t)
  // expected-error @+1 {{'sched.graph_list' op lists 'op1', which an earlier list already groups}}
  sched.graph_list "list_1"(%buf1 : !t)
  sched.output %buf0, %buf1 : !t, !t
}
