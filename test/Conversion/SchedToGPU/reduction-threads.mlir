// reduction-threads-per-row: a kernel of reductions only (sum and amax of
// one row, as sum_amax) may take fewer threads a row than the default and
// more rows a block; with 128 points a thread it is no longer persistent
// but a loop over runs of 4 points (128-bit loads). By default its rows of
// 4096 take 512 threads (reduction-block-size), a block each, 8 points a
// thread and a shared-memory slot for each of the 16 warps; with
// reduction-block-size=256, block-size's 256. A kernel with a pointwise
// member keeps block-size's 256.
// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu="reduction-threads-per-row=32 eviction-hints=false" -split-input-file | FileCheck %s
// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu="eviction-hints=false" -split-input-file | FileCheck %s --check-prefix=DEFAULT
// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu="eviction-hints=false reduction-block-size=256" -split-input-file | FileCheck %s --check-prefix=SMALL

!x = !sched.buffer<[64, 4096], f32, strides = [4096, 1], device = "cuda:0">
!v = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">

// CHECK-LABEL: func.func @sum_amax
// CHECK: gpu.launch blocks({{.*}}) in (%{{.*}} = %c8, {{.*}} function(@kernel0_op0_op1) {
// CHECK: scf.for %{{.*}} = %c0{{.*}} to %c4096{{.*}} step %c128{{.*}} iter_args
// CHECK-COUNT-4: memref.load
// CHECK: } {sched.strategy = "threads_per_row", sched.threads_per_row = 32 : i64}
// DEFAULT-LABEL: func.func @sum_amax
// DEFAULT: gpu.launch blocks({{.*}}) in (%{{.*}} = %c64, {{.*}} threads({{.*}}) in (%{{.*}} = %c512, {{.*}} function(@kernel0_op0_op1) workgroup(%{{.*}} : memref<16xf32, #gpu.address_space<workgroup>>, %{{.*}} : memref<16xf32, #gpu.address_space<workgroup>>) {
// DEFAULT-COUNT-8: memref.load
// DEFAULT-NOT: memref.load %arg0[
// DEFAULT: } {sched.persistent, sched.strategy = "threads_per_row", sched.threads_per_row = 512 : i64}
// SMALL-LABEL: func.func @sum_amax
// SMALL: gpu.launch blocks({{.*}}) in (%{{.*}} = %c64, {{.*}} threads({{.*}}) in (%{{.*}} = %c256, {{.*}} function(@kernel0_op0_op1) workgroup(%{{.*}} : memref<8xf32, #gpu.address_space<workgroup>>, %{{.*}} : memref<8xf32, #gpu.address_space<workgroup>>) {
// SMALL: } {sched.persistent, sched.strategy = "threads_per_row", sched.threads_per_row = 256 : i64}
sched.graph @sum_amax {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [64] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %s = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  %buf1 = sched.buffer "buf1" : !v
  sched.node "op1" writes(%buf1 : !v) ranges [64] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %m = sched.reduction max %l : f32 -> f32
    sched.store_reduction %m, %buf1[p0] : !v
  }
  sched.output %buf0, %buf1 : !v, !v
}

// -----

!x = !sched.buffer<[64, 4096], f32, strides = [4096, 1], device = "cuda:0">
!v = !sched.buffer<[64, 1], f32, strides = [1, 1], device = "cuda:0">

// CHECK-LABEL: func.func @normalize
// CHECK: } {sched.persistent, {{.*}}sched.threads_per_row = 256 : i64}
// DEFAULT-LABEL: func.func @normalize
// DEFAULT: threads({{.*}}) in (%{{.*}} = %c256,
// DEFAULT: } {sched.persistent, {{.*}}sched.threads_per_row = 256 : i64}
sched.graph @normalize {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [64] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %s = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  %buf1 = sched.buffer "buf1" : !x
  sched.node "op1" writes(%buf1 : !x) ranges [64, 4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %s = sched.load %buf0[p0] : !v
    %d = arith.divf %l, %s : f32
    sched.store %d, %buf1[4096*p0 + p1] : !x
  }
  sched.output %buf1 : !x
}
