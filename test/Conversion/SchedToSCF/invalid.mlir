// RUN: sched-opt %s -split-input-file -convert-sched-to-scf -verify-diagnostics

!t = !sched.buffer<[s0], f32, strides = [1], device = "cpu">
// expected-error @+1 {{size symbols are not supported by -convert-sched-to-scf yet (give them values first: -sched-specialize-symbols)}}
sched.graph @symbolic symbols(s0 = 8) {
  %x = sched.input "x" : !t
  sched.output %x : !t
}

// -----

!m = !sched.buffer<[4, 4], f32, strides = [4, 1], device = "cpu">
sched.graph @after_reduction {
  %a = sched.input "a" : !m
  %buf0 = sched.buffer "buf0" : !sched.buffer<[4], f32, strides = [1], device = "cpu">
  sched.node "op0" writes(%buf0 : !sched.buffer<[4], f32, strides = [1], device = "cpu">) ranges [4] reduce [4] {
    // expected-error @+1 {{uses reduction variable p1 after its reduction; not supported by -convert-sched-to-scf}}
    %x = sched.load %a[4*p0 + p1] : !m
    %r = sched.reduction sum %x : f32 -> f32
    %y = arith.addf %r, %x : f32
    sched.store_reduction %y, %buf0[p0] : !sched.buffer<[4], f32, strides = [1], device = "cpu">
  }
  sched.output %buf0 : !sched.buffer<[4], f32, strides = [1], device = "cpu">
}

// -----

!m = !sched.buffer<[4, 4], f32, strides = [4, 1], device = "cpu">
sched.graph @addmm_alpha {
  %a = sched.input "a" : !m
  %buf0 = sched.buffer "buf0" : !m
  // expected-error @+1 {{constant arguments (alpha, beta) of extern_kernels.addmm are not supported by -convert-sched-to-scf yet}}
  sched.extern "op0" "extern_kernels.addmm"(%a, %a, %a : !m, !m, !m) writes(%buf0 : !m) {constant_args = [2.0 : f32]}
  sched.output %buf0 : !m
}

// -----

!m = !sched.buffer<[4, 4], f32, strides = [4, 1], device = "cpu">
sched.graph @mm_rank {
  %a = sched.input "a" : !m
  %v = sched.input "v" : !sched.buffer<[4], f32, strides = [1], device = "cpu">
  %buf0 = sched.buffer "buf0" : !m
  // expected-error @+1 {{expects a, b and one output of rank 2 for extern_kernels.mm}}
  sched.extern "op0" "extern_kernels.mm"(%a, %v : !m, !sched.buffer<[4], f32, strides = [1], device = "cpu">) writes(%buf0 : !m)
  sched.output %buf0 : !m
}
