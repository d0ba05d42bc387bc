// sched-run --parallel (outer loops on OpenMP threads, libomp loaded into
// the JIT) computes what the serial unfused lowering computes, bit for bit:
// every point runs the same operations in the same order. The corpus
// programs fuse reductions with their users (outer-loop fusion with local
// buffers: softmax, layernorm, rmsnorm, var_mean).
// RUN: sched-run %examples/seed_add_sum_8x16.cpu.mlir --check-unfused --parallel | FileCheck %s
// RUN: sched-run %examples/transpose_add_sum.cpu.mlir --check-unfused --parallel | FileCheck %s
// RUN: sched-run %examples/input_mutation.cpu.mlir --check-unfused --parallel | FileCheck %s
// RUN: sched-run %S/../corpus/softmax.cpu.mlir --check-unfused --parallel | FileCheck %s
// RUN: sched-run %S/../corpus/layernorm.cpu.mlir --check-unfused --parallel | FileCheck %s
// RUN: sched-run %S/../corpus/rmsnorm.cpu.mlir --check-unfused --parallel | FileCheck %s
// RUN: sched-run %S/../corpus/var_mean.cpu.mlir --check-unfused --parallel | FileCheck %s
// RUN: sched-run %S/../corpus/argmax.cpu.mlir --check-unfused --parallel | FileCheck %s
// Two consecutive reductions, the second reading the first's result.
// RUN: sched-run %S/../corpus/log_softmax.cpu.mlir --check-unfused | FileCheck %s
// RUN: sched-run %S/../corpus/log_softmax.cpu.mlir --check-unfused --parallel | FileCheck %s
// Column reductions, vectorized along the iteration loop (gathers).
// RUN: sched-run %S/../corpus/sum_cols.cpu.mlir --check-unfused -O=0 | FileCheck %s
// RUN: sched-run %S/../corpus/row_col_sums.cpu.mlir --check-unfused --parallel | FileCheck %s
// RUN: sched-run %S/../corpus/amin.cpu.mlir --check-unfused --parallel | FileCheck %s
// RUN: sched-run %S/../corpus/pw_outer_red.cpu.mlir --check-unfused --parallel | FileCheck %s
// CHECK: checked 1 graphs, {{[0-9]+}} outputs: 0 mismatched

// --reassociate (vector lanes for reductions) and --approximate-math
// (polynomial exp, ...) change rounding: against the serial reference
// within a tolerance. With sums of the exact dyadic inputs, reassociation
// alone is still exact.
// RUN: sched-run %S/../corpus/softmax.cpu.mlir --check-unfused --parallel --reassociate --approximate-math --tolerance 1e-5 | FileCheck %s
// RUN: sched-run %S/../corpus/layernorm.cpu.mlir --check-unfused --parallel --reassociate --approximate-math --tolerance 1e-5 | FileCheck %s
// RUN: sched-run %S/../corpus/var_mean.cpu.mlir --check-unfused --reassociate --tolerance 1e-5 | FileCheck %s
// RUN: sched-run %S/../corpus/sum_rows.cpu.mlir --check-unfused --reassociate | FileCheck %s

// Without the tolerance the differences show (the check is not vacuous).
// RUN: not sched-run %S/../corpus/layernorm.cpu.mlir --check-unfused --reassociate | FileCheck %s --check-prefix=ROUNDING
// RUN: not sched-run %S/../corpus/softmax.cpu.mlir --check-unfused --approximate-math | FileCheck %s --check-prefix=ROUNDING
// ROUNDING: MISMATCH @{{.+}} buf3:
// ROUNDING: checked 1 graphs, 1 outputs: 1 mismatched

// --bench N times N more calls of the compiled function.
// RUN: sched-run %examples/seed_add_sum_8x16.cpu.mlir --parallel --reassociate --bench 3 | FileCheck %s --check-prefix=BENCH
// BENCH: @seed_add_sum_8x16 bench: runs=3 median_ms={{[0-9.]+}} min_ms={{[0-9.]+}} bytes=1056 GB/s=
// BENCH: @seed_add_sum_8x16 buf0 f32[8] sum=13.40625 hash=98de863724e985ff
