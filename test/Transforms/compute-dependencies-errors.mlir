// Bad input for -sched-compute-dependencies: each a located error.
// RUN: sched-opt %s -split-input-file -verify-diagnostics -sched-compute-read-writes -sched-compute-dependencies

// Two mutations of one buffer in one node.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @two_mutations {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.mutation "buf0" mutates(%x : !t) : !t
  %buf1 = sched.mutation "buf1" mutates(%x : !t) : !t
  // expected-error @+1 {{'sched.node' op mutates 'arg0_1' twice, through 'buf0' and 'buf1'}}
  sched.node "op0" writes(%buf0, %buf1 : !t, !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
    sched.store %v, %buf1[p0] : !t
  }
  sched.output %buf1 : !t
}

// -----

// The same buffer reached through an earlier version of it.
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @two_mutations_renamed {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.mutation "buf0" mutates(%x : !t) : !t
  sched.node "op0" writes(%buf0 : !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[p0] : !t
  }
  %buf1 = sched.mutation "buf1" mutates(%x : !t) : !t
  %buf2 = sched.mutation "buf2" mutates(%buf0 : !t) : !t
  // expected-error @+1 {{'sched.node' op mutates 'buf0' twice, through 'buf1' and 'buf2'}}
  sched.node "op1" writes(%buf1, %buf2 : !t, !t) ranges [64] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf1[p0] : !t
    sched.store %v, %buf2[p0] : !t
  }
  sched.output %buf2 : !t
}

// -----

// An unbacked symbol used before any operation defines it.
!n = !sched.buffer<[], i64, strides = [], device = "cpu">
!d = !sched.buffer<[u0], f32, strides = [1], device = "cuda:0">
sched.graph @use_before_def {
  %n = sched.input "arg0_1" : !n
  %buf1 = sched.buffer "buf1" : !d
  // expected-error @+1 {{'sched.node' op uses unbacked symbol 'u0' before any operation defines it}}
  sched.node "op1" writes(%buf1 : !d) ranges [u0] {
    %c = arith.constant 1.0 : f32
    sched.store %c, %buf1[p0] : !d
  }
  %buf0 = sched.buffer "buf0" : !n
  sched.extern "op0" "aten._local_scalar_dense"(%n : !n) writes(%buf0 : !n) {defines_symbols = ["u0"]}
  sched.output %buf1 : !d
}
