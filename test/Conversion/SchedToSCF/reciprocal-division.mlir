// -sched-lower-to-llvm{reciprocal-division}: every float division carries
// fastmath<arcp>, so LLVM may multiply by the divisor's reciprocal (and
// computes it once where the divisor is loop invariant: softmax divides a
// row by its sum). Off by default: divisions stay exact.
// RUN: sched-opt %S/../../corpus/softmax.cpu.mlir -sched-schedule -sched-lower-to-llvm=reciprocal-division | FileCheck %s
// RUN: sched-opt %S/../../corpus/softmax.cpu.mlir -sched-schedule -sched-lower-to-llvm | FileCheck %s --check-prefix=EXACT
// Numerically: within a tolerance of the unfused, exact lowering.
// RUN: sched-run %S/../../corpus/softmax.cpu.mlir --check-unfused --reciprocal-division --tolerance 1e-6 | FileCheck %s --check-prefix=NUM

// CHECK-LABEL: llvm.func @softmax(
// CHECK:         llvm.fdiv %{{.+}}, %{{.+}} {fastmathFlags = #llvm.fastmath<arcp>} : f32

// EXACT-LABEL: llvm.func @softmax(
// EXACT-NOT:     arcp
// EXACT:         llvm.fdiv %{{.+}}, %{{.+}} : f32
// EXACT-NOT:     arcp
// EXACT-LABEL: llvm.func @_mlir_ciface_softmax(

// NUM: checked 1 graphs, 1 outputs: 0 mismatched
