// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu -split-input-file -verify-diagnostics

// Extern kernels other than mm, bmm and addmm have no GPU lowering.

!m = !sched.buffer<[8, 8], f32, strides = [8, 1], device = "cuda:0">

sched.graph @extern_kernel {
  %a = sched.input "arg0_1" : !m
  %buf0 = sched.buffer "buf0" : !m
  // expected-error @below {{extern kernel 'extern_kernels.convolution' is not supported by -convert-sched-to-gpu yet (only mm, bmm and addmm, through cuBLAS)}}
  sched.extern "op0" "extern_kernels.convolution"(%a, %a : !m, !m) writes(%buf0 : !m)
  sched.output %buf0 : !m
}

// -----

// cuBLAS takes an operand with one of its two dimensions contiguous; a
// strided view of both would need a copy.

!m = !sched.buffer<[8, 8], f32, strides = [8, 1], device = "cuda:0">
!s = !sched.buffer<[8, 8], f32, strides = [16, 2], device = "cuda:0">
!big = !sched.buffer<[16, 16], f32, strides = [16, 1], device = "cuda:0">

sched.graph @strided_operand {
  %a = sched.input "arg0_1" : !big
  %v = sched.view %a : !big to !s
  %b = sched.input "arg1_1" : !m
  %buf0 = sched.buffer "buf0" : !m
  // expected-error @below {{an operand layout of extern_kernels.mm that cuBLAS does not take (neither dimension contiguous) needs a copy, not supported by -convert-sched-to-gpu yet}}
  sched.extern "op0" "extern_kernels.mm"(%v, %b : !s, !m) writes(%buf0 : !m)
  sched.output %buf0 : !m
}

// -----

// cuBLAS's sgemm is float32 only.

!h = !sched.buffer<[8, 8], f16, strides = [8, 1], device = "cuda:0">

sched.graph @half_mm {
  %a = sched.input "arg0_1" : !h
  %buf0 = sched.buffer "buf0" : !h
  // expected-error @below {{cuBLAS's sgemm takes float32 operands; 'f16' is not supported by -convert-sched-to-gpu yet}}
  sched.extern "op0" "extern_kernels.mm"(%a, %a : !h, !h) writes(%buf0 : !h)
  sched.output %buf0 : !h
}

// -----

// addmm's alpha and beta (constant arguments) are not lowered.

!m = !sched.buffer<[8, 8], f32, strides = [8, 1], device = "cuda:0">

sched.graph @addmm_alpha {
  %a = sched.input "arg0_1" : !m
  %buf0 = sched.buffer "buf0" : !m
  // expected-error @below {{constant arguments (alpha, beta) of extern_kernels.addmm are not supported by -convert-sched-to-gpu yet}}
  sched.extern "op0" "extern_kernels.addmm"(%a, %a, %a : !m, !m, !m) writes(%buf0 : !m) {constant_args = [2.0 : f32]}
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
