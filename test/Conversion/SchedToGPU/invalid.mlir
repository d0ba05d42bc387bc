// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu -split-input-file -verify-diagnostics

!m = !sched.buffer<[8, 8], f32, strides = [8, 1], device = "cuda:0">

sched.graph @extern_kernel {
  %a = sched.input "arg0_1" : !m
  %b = sched.input "arg1_1" : !m
  %buf0 = sched.buffer "buf0" : !m
  // expected-error @below {{extern kernel 'extern_kernels.mm' is not supported by -convert-sched-to-gpu yet (no cuBLAS or runtime call is lowered)}}
  sched.extern "op0" "extern_kernels.mm"(%a, %b : !m, !m) writes(%buf0 : !m)
  sched.output %buf0 : !m
}

// -----

!m = !sched.buffer<[8, 8], f32, strides = [8, 1], device = "cuda:0">
!t = !sched.buffer<[8, 8], f32, strides = [1, 8], device = "cuda:0">

sched.graph @output_view {
  %a = sched.input "arg0_1" : !m
  %buf0 = sched.buffer "buf0" : !m
  sched.node "op0" writes(%buf0 : !m) ranges [64] {
    %l = sched.load %a[p0] : !m
    sched.store %l, %buf0[p0] : !m
  }
  %v = sched.view %buf0 : !m to !t
  // expected-error @below {{output #0 is not an intermediate buffer's own storage; its copy is not supported by -convert-sched-to-gpu yet}}
  sched.output %v : !t
}

// -----

!s = !sched.buffer<[s0, 8], f32, strides = [8, 1], device = "cuda:0">

// expected-error @below {{size symbols are not supported by -convert-sched-to-gpu yet (give them values first: -sched-specialize-symbols)}}
sched.graph @symbolic symbols(s0 = 8) {
  %a = sched.input "arg0_1" : !s
  %buf0 = sched.buffer "buf0" : !s
  sched.node "op0" writes(%buf0 : !s) ranges [8*s0] {
    %l = sched.load %a[p0] : !s
    sched.store %l, %buf0[p0] : !s
  }
  sched.output %buf0 : !s
}
