// -convert-sched-to-scf{parallel}: the outermost iteration loop of each
// loop nest is an scf.parallel; a nest that accumulates (atomic_add) or
// scatters stays serial. -sched-lower-to-llvm{parallel} makes it an OpenMP
// worksharing loop.
// RUN: sched-opt %s -split-input-file -convert-sched-to-scf=parallel | FileCheck %s
// RUN: sched-opt %s -split-input-file -convert-sched-to-scf | FileCheck %s --check-prefix=SERIAL
// RUN: sched-opt %s -split-input-file -sched-lower-to-llvm=parallel | FileCheck %s --check-prefix=OMP

!in = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
!out = !sched.buffer<[8], f32, strides = [1], device = "cpu">
sched.graph @row_sum {
  %a = sched.input "a" : !in
  %buf0 = sched.buffer "buf0" : !out
  sched.node "op0" writes(%buf0 : !out) ranges [8] reduce [16] {
    %x = sched.load %a[16*p0 + p1] : !in
    %r = sched.reduction sum %x : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !out
  }
  sched.output %buf0 : !out
}

// CHECK-LABEL: func.func @row_sum
// CHECK:         scf.parallel (%[[I:.+]]) = (%{{.+}}) to (%{{.+}}) step (%{{.+}}) {
// CHECK:           scf.for %{{.+}} = %{{.+}} to %{{.+}} step %{{.+}} iter_args
// CHECK:             arith.addf %{{.+}}, %{{.+}} : f32
// CHECK:           memref.store %{{.+}}, %{{.+}}[%[[I]]]
// CHECK:           scf.reduce
// CHECK:         } {sched.parallel}

// SERIAL-LABEL: func.func @row_sum
// SERIAL-NOT:     scf.parallel
// SERIAL:         scf.for

// OMP-LABEL: llvm.func @row_sum(
// OMP:         omp.parallel {
// OMP:           omp.wsloop {
// OMP:             omp.loop_nest
// OMP-NOT:     {{scf\.|memref\.}}
// OMP-LABEL: llvm.func @_mlir_ciface_row_sum(

// -----

// An accumulating store: points of the nest may hit one element.
!buf = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
sched.graph @accumulate {
  %a = sched.input "a" : !buf
  %buf0 = sched.buffer "buf0" : !buf
  sched.node "op0" writes(%buf0 : !buf) ranges [8, 16] {
    %x = sched.load %a[16*p0 + p1] : !buf
    sched.store %x, %buf0[16*p0 + p1] mode = atomic_add : !buf
  }
  sched.output %buf0 : !buf
}

// CHECK-LABEL: func.func @accumulate
// CHECK-NOT:     scf.parallel
// CHECK:         scf.for
// CHECK-NOT:     scf.parallel
// CHECK:         return
