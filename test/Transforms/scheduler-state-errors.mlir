// The scheduler state a graph records is checked when a pass loads it.
// RUN: sched-opt %s -split-input-file -verify-diagnostics -sched-topological-sort

// A read of a buffer nobody defines.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @undefined_read {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-error @+1 {{'sched.node' op depends on 'buf9', which no operation writes and which is not a graph input or constant}}
  sched.node "op0" writes(%buf0 : !t) ranges [64] attributes {sched.reads = [#sched.memory_dep<"buf9", d0, {d0: 64}>], sched.writes = [#sched.memory_dep<"buf0", d0, {d0: 64}>]} {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  sched.output %buf0 : !t
}

// -----

// Recorded dependencies on some nodes only.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// expected-error @+1 {{'sched.graph' op has read/write dependencies on some nodes but not on others}}
sched.graph @partial {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] attributes {sched.reads = [#sched.memory_dep<"arg0_1", d0, {d0: 64}>], sched.writes = [#sched.memory_dep<"buf0", d0, {d0: 64}>]} {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.buffer "buf1" : !t
  sched.node "op1" writes(%buf1 : !t) ranges [64] {
    %v = sched.load %buf0[p0] : !t
    sched.store %v, %buf1[p0] : !t
  }
  sched.output %buf1 : !t
}

// -----

// A user that is not an operation of the graph.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @unknown_user {
  %x = sched.input "arg0_1" : !t
  // expected-error @+1 {{'sched.buffer' op lists user 'op7', which is not an operation of the graph}}
  %buf0 = sched.buffer "buf0" {sched.users = [#sched.user<"op7", can_inplace = false, is_weak = false>]} : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] attributes {sched.reads = [#sched.memory_dep<"arg0_1", d0, {d0: 64}>], sched.writes = [#sched.memory_dep<"buf0", d0, {d0: 64}>]} {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  sched.output %buf0 : !t
}

// -----

// A group must carry the dependencies fusion recorded.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @grouped {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  // expected-error @+1 {{'sched.group' op records no dependencies; groups are made by -sched-create-foreach-nodes and -sched-fuse-nodes}}
  sched.group "op0" fused {
    sched.node "op0" writes(%buf0 : !t) ranges [64] {
      %v = sched.load %x[p0] : !t
      sched.store %v, %buf0[p0] : !t
    }
  }
  sched.output %buf0 : !t
}
