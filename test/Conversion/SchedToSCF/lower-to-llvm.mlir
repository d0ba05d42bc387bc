// The whole CPU pipeline leaves only the LLVM dialect, with the C interface.
// RUN: sched-opt %examples/seed_add_sum_8x16.cpu.mlir -sched-schedule -sched-lower-to-llvm | FileCheck %s

// CHECK-LABEL: llvm.func @seed_add_sum_8x16(
// CHECK-NOT:     {{scf\.|memref\.|affine\.|sched\.node}}
// CHECK-LABEL: llvm.func @_mlir_ciface_seed_add_sum_8x16(
// CHECK-SAME:    !llvm.ptr, %{{.+}}: !llvm.ptr, %{{.+}}: !llvm.ptr)
