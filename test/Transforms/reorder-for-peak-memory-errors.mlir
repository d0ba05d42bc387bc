// -sched-reorder-for-peak-memory's diagnostics: a cycle in the memory
// planning graph (Inductor's validate_graph_acyclic, which newer releases
// re-raise in OSS builds) and an unknown method.
// RUN: sched-opt %s -verify-diagnostics \
// RUN:   -sched-compute-read-writes -sched-compute-dependencies -sched-reorder-for-peak-memory
// RUN: not sched-opt %s -sched-reorder-for-peak-memory=method=smallest 2>&1 \
// RUN:   | FileCheck %s --check-prefix=METHOD

// Each extern reads what the other writes. The topological sort would
// reject this; run without it, the reorder names the cycle (each node
// depends on the next).
// METHOD: error: 'sched.graph' op unknown peak-memory method 'smallest'; expected best, baseline, lpmf, bfs or dfs
!t = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
// expected-error @+1 {{'sched.graph' op cannot be reordered for peak memory: its memory planning graph has a cycle (each node depends on the next): op0 -> op1 -> op0}}
sched.graph @cycle {
  %buf0 = sched.buffer "buf0" : !t
  %buf1 = sched.buffer "buf1" : !t
  sched.extern "op0" "aten.exp"(%buf1 : !t) writes(%buf0 : !t)
  sched.extern "op1" "aten.exp"(%buf0 : !t) writes(%buf1 : !t)
  sched.output %buf0 : !t
}
