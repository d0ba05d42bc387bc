// RUN: sched-opt %s -split-input-file -convert-sched-to-linalg -verify-diagnostics

// A store's index must be an indexing map of the generic's output; floor
// division is none (a load's may be: it becomes a load in the body).

!t = !sched.buffer<[32], f32, strides = [1], device = "cpu">
!u = !sched.buffer<[8, 4], f32, strides = [4, 1], device = "cpu">
sched.graph @store_view_index {
  %x = sched.input "x" : !t
  %buf0 = sched.buffer "buf0" : !u
  // expected-error @+1 {{node 'op0' is not affine-representable by -convert-sched-to-linalg: index [p0 floordiv 4 + 8*(p0 mod 4)] of 'buf0' is not linear in the loop variables}}
  sched.node "op0" writes(%buf0 : !u) ranges [32] {
    %v = sched.load %x[p0] : !t
    sched.store %v, %buf0[8*(p0 mod 4) + p0 floordiv 4] : !u
  }
  sched.output %buf0 : !u
}

// -----

// A load in the body must not read the storage the node writes: the
// generic's points may run in any order.

!t = !sched.buffer<[16], f32, strides = [1], device = "cpu">
sched.graph @gather_own_output {
  %x = sched.input "x" : !t
  %m = sched.mutation "buf0" mutates(%x : !t) : !t
  // expected-error @+1 {{node 'op0' is not affine-representable by -convert-sched-to-linalg: a load in its body of the storage it writes, 'x'}}
  sched.node "op0" writes(%m : !t) ranges [16] {
    %v = sched.load %x[p0 floordiv 2] : !t
    sched.store %v, %m[p0] : !t
  }
  sched.output %m : !t
}

// -----

// An atomic_add store accumulates into elements other points also add to:
// no output of a generic.

!m = !sched.buffer<[4, 8], f32, strides = [8, 1], device = "cpu">
!o = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @atomic_add {
  %x = sched.input "x" : !m
  %buf0 = sched.buffer "buf0" : !o
  // expected-error @+1 {{node 'op0' is not affine-representable by -convert-sched-to-linalg: atomic_add store}}
  sched.node "op0" writes(%buf0 : !o) ranges [4, 8] {
    %v = sched.load %x[8*p0 + p1] : !m
    sched.store %v, %buf0[p1] mode = atomic_add : !o
  }
  sched.output %buf0 : !o
}

// -----

// Extern kernels lower as in -convert-sched-to-scf (mm, bmm and addmm as
// linalg.matmul ops, others as runtime calls); addmm's alpha and beta are
// not supported there either.

!m = !sched.buffer<[4, 4], f32, strides = [4, 1], device = "cpu">
sched.graph @extern_addmm_alpha {
  %a = sched.input "a" : !m
  %buf0 = sched.buffer "buf0" : !m
  // expected-error @+1 {{constant arguments (alpha, beta) of extern_kernels.addmm are not supported by -convert-sched-to-linalg yet}}
  sched.extern "op0" "extern_kernels.addmm"(%a, %a, %a : !m, !m, !m) writes(%buf0 : !m) {constant_args = [2.0 : f32]}
  sched.output %buf0 : !m
}
