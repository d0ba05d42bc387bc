// -convert-sched-to-scf{prefetch-next-outer}: in softmax's outer-loop fused
// kernel, the pointwise nests (exp into the local row, the division) step
// 16 points at a time as vectors and prefetch the next row's line of the
// input (row min(p0 + 1, 8191)); the reductions are unchanged.
// RUN: sched-opt %S/../../../bench/cpu/softmax.mlir -sched-schedule -convert-sched-to-scf="prefetch-next-outer" | FileCheck %s
// RUN: sched-run %S/../../corpus/softmax.cpu.mlir --check-unfused --prefetch-next-outer | FileCheck %s --check-prefix=NUM

// CHECK:         scf.for %[[ROW:.+]] = %{{.+}} to %{{.+}} step %{{.+}} {
// CHECK:           scf.for %{{.+}} iter_args
// CHECK:           scf.for %[[P:.+]] = %{{.+}} to %c8192{{.*}} step %c16{{.*}} {
// CHECK:             %[[NEXT:.+]] = arith.addi %[[ROW]], %c1{{.*}} : index
// CHECK:             %[[CLAMPED:.+]] = arith.minui %[[NEXT]], %c8191{{.*}} : index
// CHECK:             %[[I:.+]] = affine.apply #{{.+}}(%[[CLAMPED]], %[[P]])
// CHECK:             memref.prefetch %{{.+}}[%[[I]]], read, locality<2>, data : memref<67108864xf32>
// CHECK:             math.exp %{{.+}} : vector<16xf32>
// CHECK:           memref.prefetch
// CHECK:           arith.divf %{{.+}}, %{{.+}} : vector<16xf32>

// NUM: checked 1 graphs, 1 outputs: 0 mismatched
