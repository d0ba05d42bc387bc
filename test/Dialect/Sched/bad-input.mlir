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

// -----

// Index expressions that used to be accepted, crash or hang.

// A divisor that is 0 only once like terms merge (used to be accepted as
// `p0 floordiv 0`, which does not parse back).
// CHECK: bad-input.mlir:[[# @LINE + 6]]:24: error: custom op 'sched.load' the divisor must be positive, got 0
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g symbols(s0 = 2, s1 = 3) {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %x = sched.load %a[p0 floordiv (s0 + s1 - s0 - s1)] : !t
    sched.store %x, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

// Loop variable p4294967295 made the number of loop variables wrap to 0.
// CHECK: bad-input.mlir:[[# @LINE + 6]]:24: error: custom op 'sched.load' bad loop variable 'p4294967295' (at most p1023)
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %x = sched.load %a[p4294967295] : !t
    sched.store %x, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

// indirect4294967295 made the number of indirect operands wrap to 0.
// CHECK: bad-input.mlir:[[# @LINE + 6]]:29: error: custom op 'sched.load' bad indirect index 'indirect4294967295' (expected indirect<k>, k at most 1023, without leading zeros)
!t = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @g {
  %a = sched.input "arg0_1" : !t
  %b = sched.buffer "buf0" : !t
  sched.node "op0" writes(%b : !t) ranges [8] {
    %x = sched.load %a[p0 + indirect4294967295] : !t
    sched.store %x, %b[p0] : !t
  }
  sched.output %b : !t
}

// -----

// Constants that overflow int64 used to wrap silently.
// CHECK: bad-input.mlir:[[# @LINE + 1]]:37: error: index expression constants may overflow 64 bits
func.func private @f(!sched.buffer<[9223372036854775807 + 9223372036854775807*s0], f32, strides = [1], device = "cpu">)

// -----

// Deep nesting used to overflow the stack.
// CHECK: bad-input.mlir:[[# @LINE + 1]]:101: error: index expression nests more than 64 levels deep
func.func private @f(!sched.buffer<[(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((p0)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))], f32, strides = [1], device = "cpu">)

// -----

// A product of sums expands exponentially: it used to hang.
// CHECK: bad-input.mlir:[[# @LINE + 1]]:37: error: index expression expands to more than 1024 terms
func.func private @f(!sched.buffer<[(s0 + s1)*(s2 + s3)*(s4 + s5)*(s6 + s7)*(s8 + s9)*(s10 + s11)*(s12 + s13)*(s14 + s15)*(s16 + s17)*(s18 + s19)*(s20 + s21)], f32, strides = [1], device = "cpu">)

// -----

// Long sums took quadratic time and deep recursion.
// CHECK: bad-input.mlir:[[# @LINE + 1]]:2085: error: index expression has more than 1024 operands
func.func private @f(!sched.buffer<[1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1+1], f32, strides = [1], device = "cpu">)
