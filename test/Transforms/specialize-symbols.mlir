// RUN: sched-opt %s -split-input-file -pass-pipeline='builtin.module(sched.graph(sched-specialize-symbols))' | FileCheck %s --check-prefix=HINTS
// RUN: sched-opt %s -split-input-file -pass-pipeline='builtin.module(sched.graph(sched-specialize-symbols{values=s0=5}))' | FileCheck %s --check-prefix=S0
// RUN: not sched-opt %s -split-input-file -pass-pipeline='builtin.module(sched.graph(sched-specialize-symbols{values=s9=5}))' 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not sched-opt %s -split-input-file -pass-pipeline='builtin.module(sched.graph(sched-specialize-symbols{values=s0=0}))' 2>&1 | FileCheck %s --check-prefix=ZERO

// Every expression of the graph gets the symbols' values: buffer sizes,
// strides and offsets, node ranges, load, store and index_expr indices.
// With no values each symbol takes its hint, and the declaration goes;
// with values=s0=5 only s0 gets one, and s1 stays symbolic and declared.

!x = !sched.buffer<[s0, s1], f32, strides = [s1, 1], device = "cpu">
!t = !sched.buffer<[s1], f32, strides = [1], offset = s1, device = "cpu">
!r = !sched.buffer<[s0], f32, strides = [1], device = "cpu">

// HINTS-DAG: ![[R:.*]] = !sched.buffer<[4], f32, strides = [1], device = "cpu">
// HINTS-DAG: ![[X:.*]] = !sched.buffer<[4, 8], f32, strides = [8, 1], device = "cpu">
// HINTS-DAG: ![[T:.*]] = !sched.buffer<[8], f32, strides = [1], offset = 8, device = "cpu">
// HINTS-LABEL: sched.graph @two_symbols {
// HINTS: sched.input "x" : ![[X]]
// HINTS: sched.view %{{.*}} : ![[X]] to ![[T]]
// HINTS: sched.node "op0" writes(%{{.*}} : ![[R]]) ranges [4] reduce [8] {
// HINTS-NEXT: sched.load %{{.*}}[8*p0 + p1] : ![[X]]
// HINTS-NEXT: sched.index_expr [8*p0] : i64

// S0-DAG: ![[R:.*]] = !sched.buffer<[5], f32, strides = [1], device = "cpu">
// S0-DAG: ![[X:.*]] = !sched.buffer<[5, s1], f32, strides = [s1, 1], device = "cpu">
// S0-DAG: ![[T:.*]] = !sched.buffer<[s1], f32, strides = [1], offset = s1, device = "cpu">
// S0-LABEL: sched.graph @two_symbols symbols(s1 = 8) {
// S0: sched.input "x" : ![[X]]
// S0: sched.view %{{.*}} : ![[X]] to ![[T]]
// S0: sched.node "op0" writes(%{{.*}} : ![[R]]) ranges [5] reduce [s1] {
// S0-NEXT: sched.load %{{.*}}[p0*s1 + p1] : ![[X]]
// S0-NEXT: sched.index_expr [p0*s1] : i64

// UNKNOWN: error: -sched-specialize-symbols: the graph has no size symbol 's9'
// ZERO: error: -sched-specialize-symbols: 's0=0' is not <symbol>=<positive integer>
sched.graph @two_symbols symbols(s0 = 4, s1 = 8) {
  %x = sched.input "x" : !x
  %t = sched.view %x : !x to !t
  %buf0 = sched.buffer "buf0" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [s0] reduce [s1] {
    %v = sched.load %x[s1*p0 + p1] : !x
    %i = sched.index_expr [s1*p0] : i64
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !r
  }
  sched.output %buf0 : !r
}
