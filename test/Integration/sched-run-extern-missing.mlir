// An extern kernel without a runtime function is a located error, not a JIT
// failure.
// RUN: not sched-run %s 2>&1 | FileCheck %s

!m = !sched.buffer<[4], f32, strides = [1], device = "cpu">
sched.graph @custom {
  %a = sched.input "a" : !m
  %buf0 = sched.buffer "buf0" : !m
  sched.extern "op0" "extern_kernels.custom"(%a : !m) writes(%buf0 : !m)
  sched.output %buf0 : !m
}
// CHECK: error: extern kernel 'extern_kernels.custom' needs the runtime function '_mlir_ciface_extern_kernels_custom', which sched-run does not provide
