// RUN: sched-opt %s -split-input-file -sched-compute-read-writes -sched-merge-loops | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-compute-read-writes -sched-merge-loops=loop-ordering-after-fusion=false | FileCheck %s --check-prefix=NOLOAF

// A contiguous GPU pointwise node: [8, 16] becomes [128].
// CHECK-LABEL: sched.graph @pointwise
// CHECK:         sched.node "op0" {{.*}} ranges [128] attributes {sched.loops_merged, sched.reads = [#sched.memory_dep<"arg0_1", c0, {c0: 128}>], sched.writes = [#sched.memory_dep<"buf0", c0, {c0: 128}>]}
// CHECK-NEXT:      sched.load %{{.*}}[p0]
// CHECK-NEXT:      sched.store %{{.*}}, %{{.*}}[p0]
// NOLOAF-LABEL: sched.graph @pointwise
// NOLOAF:         sched.node "op0" {{.*}} ranges [8, 16] attributes {sched.reads
!t = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
sched.graph @pointwise {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [8, 16] {
    %v = sched.load %x[16*p0 + p1] : !t
    sched.store %v, %buf0[16*p0 + p1] : !t
  }
  sched.output %buf0 : !t
}

// -----

// CHECK-LABEL: sched.graph @transposed
// CHECK:         sched.node "op0" {{.*}} ranges [8, 16] attributes {sched.loops_merged, sched.reads = [#sched.memory_dep<"arg0_1", c0 + 8*c1, {c0: 8, c1: 16}>], sched.writes = [#sched.memory_dep<"buf0", c0, {c0: 128}>]}
// CHECK-NEXT:      sched.load %{{.*}}[p0 + 8*p1]

// A transposed read keeps the loops apart; the dependencies are still
// normalized.
!t = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
!u = !sched.buffer<[16, 8], f32, strides = [8, 1], device = "cuda:0">
sched.graph @transposed {
  %x = sched.input "arg0_1" : !u
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [8, 16] {
    %v = sched.load %x[p0 + 8*p1] : !u
    sched.store %v, %buf0[16*p0 + p1] : !t
  }
  sched.output %buf0 : !t
}

// -----

// CHECK-LABEL: sched.graph @reduction
// CHECK:         sched.node "op0" {{.*}} ranges [32] reduce [32] attributes {sched.loops_merged, sched.reads = [#sched.memory_dep<"arg0_1", c0, {c0: 1024}>], sched.writes = [#sched.memory_dep<"buf0", c0, {c0: 32}>]}
// CHECK-NEXT:      sched.load %{{.*}}[32*p0 + p1]
// CHECK:           sched.store_reduction %{{.*}}, %{{.*}}[p0]

// Iteration and reduction loops merge separately.
!t = !sched.buffer<[4, 8, 2, 16], f32, strides = [256, 32, 16, 1], device = "cuda:0">
!r = !sched.buffer<[4, 8], f32, strides = [8, 1], device = "cuda:0">
sched.graph @reduction {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !r
  sched.node "op0" writes(%buf0 : !r) ranges [4, 8] reduce [2, 16] {
    %v = sched.load %x[256*p0 + 32*p1 + 16*p2 + p3] : !t
    %s = sched.reduction sum %v : f32 -> f32
    sched.store_reduction %s, %buf0[8*p0 + p1] : !r
  }
  sched.output %buf0 : !r
}

// -----

// CHECK-LABEL: sched.graph @cpu
// CHECK:         sched.node "op0" {{.*}} ranges [8, 16] attributes {sched.reads
// CHECK-NEXT:      sched.load %{{.*}}[16*p0 + p1]

// CPU nodes were merged when they were built: left alone.
!t = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cpu">
sched.graph @cpu {
  %x = sched.input "arg0_1" : !t
  %buf0 = sched.buffer "buf0" : !t
  sched.node "op0" writes(%buf0 : !t) ranges [8, 16] {
    %v = sched.load %x[16*p0 + p1] : !t
    sched.store %v, %buf0[16*p0 + p1] : !t
  }
  sched.output %buf0 : !t
}
