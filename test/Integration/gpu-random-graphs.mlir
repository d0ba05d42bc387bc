// The GPU path on random graphs, where CI has no GPU: 500 graphs of
// gen-runnable-graph's cuda kind ([8, 8] and [12, 12] buffers: pointwise
// runs, sub-warp rows and thread-per-row reductions; [128, 128]:
// persistent rows in runs of 4, register buffers) are scheduled with the GPU rules and lowered to
// outlined NVVM kernels without a diagnostic, and every kernel is tagged
// with its strategy. Their numbers are checked on a GPU by
// utils/gpu-differential.py against the generator's own evaluator
// (bench/README.md, "GPU kernels").
// RUN: %python %utils/gen-runnable-graph.py --device cuda --seed 1 --count 200 -o %t.8.mlir
// RUN: %python %utils/gen-runnable-graph.py --device cuda --size 128 --seed 4 --count 200 -o %t.128.mlir
// RUN: sched-opt %t.8.mlir -sched-schedule -sched-to-nvvm-kernels -o /dev/null
// RUN: sched-opt %t.128.mlir -sched-schedule -sched-to-nvvm-kernels -o /dev/null
// RUN: sched-opt %t.128.mlir -sched-schedule -convert-sched-to-gpu | FileCheck %s
// CHECK-DAG: sched.strategy = "pointwise"
// CHECK-DAG: sched.persistent, {{.*}}sched.strategy = "threads_per_row"
// CHECK-DAG: sched.strategy = "thread_per_row"
// CHECK-DAG: sched.register_buffers
// Rows shorter than a warp: a thread a point, persistent where the row is
// a power of two (8), a loop whose lanes past the row add nothing where it
// is not (12 points on 16 threads).
// RUN: sched-opt %t.8.mlir -sched-schedule -convert-sched-to-gpu | FileCheck %s --check-prefix=SMALL
// SMALL-DAG: sched.persistent, {{.*}}sched.strategy = "threads_per_row", sched.threads_per_row = 8 : i64}
// RUN: %python %utils/gen-runnable-graph.py --device cuda --size 12 --seed 3 --count 100 -o %t.12.mlir
// RUN: sched-opt %t.12.mlir -sched-schedule -sched-to-nvvm-kernels -o /dev/null
// RUN: sched-opt %t.12.mlir -sched-schedule -convert-sched-to-gpu | FileCheck %s --check-prefix=ODD
// ODD: sched.strategy = "threads_per_row", sched.threads_per_row = 16 : i64}
// ODD-NOT: sched.persistent
