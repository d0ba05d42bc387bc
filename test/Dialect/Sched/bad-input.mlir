// Bad input ends with a located diagnostic and a non-zero exit, never a
// crash.
// RUN: not sched-opt %s -split-input-file 2>&1 | FileCheck %s

// CHECK: bad-input.mlir:[[# @LINE + 3]]:44: error: unbalanced '[' character in pretty dialect name
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !sched.buffer<[8, f32>
  sched.output %a : !t
}

// -----

// CHECK: bad-input.mlir:[[# @LINE + 5]]:21: error: use of undeclared SSA value name
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %x = sched.load %undefined[p0] : !t
    sched.store %x, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

// CHECK: bad-input.mlir:[[# @LINE + 6]]:10: error: 'sched.load' op index uses loop variable p1, but node 'op0' has 1 loop variables
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %x = sched.load %a[p1] : !t
    sched.store %x, %b[p0] : !t
  }
  sched.output %b : !t
}
