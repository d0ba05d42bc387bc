// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu="eviction-hints=false reduction-block-size=256" -split-input-file | FileCheck %s

// A pointwise kernel: a flattened grid of 256 threads, each taking a run of
// 4 consecutive points (4096 points are 4 blocks). The run's loads come
// first, next to each other, so the backend merges them into one 128-bit
// load; then the body at each point.

!m = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cuda:0">

// CHECK-LABEL: func.func @pointwise
// CHECK-SAME: (%[[X:.*]]: memref<4096xf32>, %[[OUT:.*]]: memref<4096xf32>)
// CHECK-SAME: sched.arg_names = ["arg0_1", "buf0"]
// CHECK-SAME: sched.layouts = {{\[}}[array<i64: 64, 64>, array<i64: 64, 1>, 0], [array<i64: 64, 64>, array<i64: 64, 1>, 0]]
// CHECK-SAME: sched.num_inputs = 1
// CHECK: gpu.launch blocks(%[[B:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %c4, {{.*}} threads(%[[T:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %c256, {{.*}} function(@kernel0_op0)
// CHECK: %[[START:.*]] = arith.muli %[[B]], %c1024
// CHECK: %[[FIRST:.*]] = arith.muli %[[T]], %c4
// CHECK: %[[P:.*]] = arith.addi %[[START]], %[[FIRST]]
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[P]], %c4096
// CHECK: scf.if %[[IN]] {
// CHECK:   %[[P1:.*]] = arith.addi %[[P]], %c1
// CHECK:   %[[P2:.*]] = arith.addi %[[P]], %c2
// CHECK:   %[[P3:.*]] = arith.addi %[[P]], %c3
// CHECK:   %[[L0:.*]] = memref.load %[[X]][%[[P]]]
// CHECK:   %[[L1:.*]] = memref.load %[[X]][%[[P1]]]
// CHECK:   %[[L2:.*]] = memref.load %[[X]][%[[P2]]]
// CHECK:   %[[L3:.*]] = memref.load %[[X]][%[[P3]]]
// CHECK:   %[[E0:.*]] = math.exp %[[L0]]
// CHECK:   memref.store %[[E0]], %[[OUT]][%[[P]]]
// CHECK:   %[[E3:.*]] = math.exp %[[L3]]
// CHECK:   memref.store %[[E3]], %[[OUT]][%[[P3]]]
// CHECK: }
// CHECK-NEXT: gpu.terminator
// CHECK-NEXT: } {sched.strategy = "pointwise"}
sched.graph @pointwise {
  %x = sched.input "arg0_1" : !m
  %buf0 = sched.buffer "buf0" : !m
  sched.node "op0" writes(%buf0 : !m) ranges [64, 64] {
    %l = sched.load %x[64*p0 + p1] : !m
    %e = math.exp %l : f32
    sched.store %e, %buf0[64*p0 + p1] : !m
  }
  sched.output %buf0 : !m
}

// -----

// A row sum over contiguous memory, 4096 points a row: a block of 256
// threads per row, 16 points a thread kept in registers (persistent), in
// runs of 4 (128-bit loads); a butterfly of shuffles, a slot per warp in
// shared memory, and every thread merging its row's 8 warps in order; lane
// 0 stores.

!r = !sched.buffer<[8, 4096], f32, strides = [4096, 1], device = "cuda:0">
!v = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">

// CHECK-LABEL: func.func @row_sum
// CHECK: gpu.launch blocks(%[[B:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %c8, {{.*}} threads(%[[T:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %c256, {{.*}} workgroup(%[[SLOTS:.*]] : memref<8xf32, #gpu.address_space<workgroup>>)
// CHECK: %[[LANE:.*]] = arith.remui %[[T]], %c256
// CHECK: %[[FIRST:.*]] = arith.muli %[[LANE]], %c4
// CHECK: %[[SECOND:.*]] = arith.addi %[[FIRST]], %c1024
// CHECK-COUNT-16: memref.load
// CHECK-COUNT-16: arith.addf %{{.*}}, %{{.*}} : f32
// CHECK: gpu.shuffle  xor %{{.*}}, %c16_i32, %c32_i32 : f32
// CHECK: gpu.shuffle  xor %{{.*}}, %c8_i32
// CHECK: gpu.shuffle  xor %{{.*}}, %c4_i32
// CHECK: gpu.shuffle  xor %{{.*}}, %c2_i32
// CHECK: gpu.shuffle  xor %{{.*}}, %c1_i32
// CHECK: %[[IS0:.*]] = arith.cmpi eq, %[[LANE]], %c0
// CHECK: memref.store %{{.*}}, %[[SLOTS]]
// CHECK: gpu.barrier
// CHECK-NOT: scf.if
// CHECK-COUNT-8: memref.load %[[SLOTS]]
// CHECK: scf.if %[[IS0]] {
// CHECK-NEXT: memref.store
// CHECK: } {sched.persistent, sched.strategy = "threads_per_row", sched.threads_per_row = 256 : i64}
sched.graph @row_sum {
  %x = sched.input "arg0_1" : !r
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !r
    %s = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// -----

// Short rows (64 points): a warp per row, 8 rows a block, no shared memory;
// lane 0 of each warp stores.

!s = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cuda:0">
!w = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">

// CHECK-LABEL: func.func @warp_rows
// CHECK: gpu.launch blocks({{.*}}) in (%{{.*}} = %c8, {{.*}} threads({{.*}}) in (%{{.*}} = %c256, {{.*}} function(@kernel0_op0) {
// CHECK-COUNT-5: gpu.shuffle  xor
// CHECK-NOT: gpu.barrier
// CHECK: } {sched.persistent, sched.strategy = "threads_per_row", sched.threads_per_row = 32 : i64}
sched.graph @warp_rows {
  %x = sched.input "arg0_1" : !s
  %buf0 = sched.buffer "buf0" : !w
  sched.node "op0" writes(%buf0 : !w) ranges [64] reduce [64] {
    %l = sched.load %x[64*p0 + p1] : !s
    %s = sched.reduction max %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !w
  }
  sched.output %buf0 : !w
}

// -----

// A column sum of 16384 columns: a thread per column would run only 16384
// threads, so each column's 64 rows are split over 8 threads (row-splits,
// until about 2^20 threads run), 32 columns a block. A warp takes 32
// neighbouring columns; thread t's part is t / 32, one serial run of 8 rows
// (the loads of a run first, then the sums in order). Each part leaves its
// sum in its own shared-memory slot, and after the barrier the column's
// parts are added in order; part 0 stores.

!c = !sched.buffer<[64, 16384], f32, strides = [16384, 1], device = "cuda:0">
!o = !sched.buffer<[16384], f32, strides = [1], device = "cuda:0">

// CHECK-LABEL: func.func @column_sum
// CHECK: gpu.launch blocks(%[[B:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %c512, {{.*}} threads(%[[T:.*]], %{{.*}}, %{{.*}}) in {{.*}} workgroup(%[[SLOTS:.*]] : memref<256xf32, #gpu.address_space<workgroup>>)
// CHECK: %[[LOCAL:.*]] = arith.remui %[[T]], %c32
// CHECK: %[[PART:.*]] = arith.divui %[[T]], %c32
// CHECK: %[[FIRST:.*]] = arith.muli %[[B]], %c32
// CHECK: arith.addi %[[FIRST]], %[[LOCAL]]
// CHECK-NOT: scf.if
// CHECK: %[[SUM:.*]] = scf.for %{{.*}} = %c0{{.*}} to %c64 step %c64{{.*}} iter_args
// CHECK: arith.muli %[[PART]], %c8
// CHECK-COUNT-8: memref.load
// CHECK-COUNT-8: arith.addf
// CHECK: scf.yield
// CHECK: %[[IS0:.*]] = arith.cmpi eq, %[[PART]], %c0
// CHECK: memref.store %[[SUM]], %[[SLOTS]][%[[T]]]
// CHECK-NEXT: gpu.barrier
// CHECK-COUNT-8: memref.load %[[SLOTS]]
// CHECK: scf.if %[[IS0]] {
// CHECK-NEXT: memref.store
// CHECK: } {sched.row_splits = 8 : i64, sched.strategy = "thread_per_row"}
sched.graph @column_sum {
  %x = sched.input "arg0_1" : !c
  %buf0 = sched.buffer "buf0" : !o
  sched.node "op0" writes(%buf0 : !o) ranges [16384] reduce [64] {
    %l = sched.load %x[p0 + 16384*p1] : !c
    %s = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !o
  }
  sched.output %buf0 : !o
}

// -----

// A column sum of 2^20 columns is not split (that many threads already
// run): a thread per column, its 16 rows a serial loop over runs of 8.

!c = !sched.buffer<[16, 1048576], f32, strides = [1048576, 1], device = "cuda:0">
!o = !sched.buffer<[1048576], f32, strides = [1], device = "cuda:0">

// CHECK-LABEL: func.func @wide_column_sum
// CHECK: gpu.launch blocks({{.*}}) in (%{{.*}} = %c4096, {{.*}} threads
// CHECK-NOT: workgroup
// CHECK: scf.for %{{.*}} = %c0{{.*}} to %c16 step %c8{{.*}} iter_args
// CHECK-COUNT-8: memref.load
// CHECK-COUNT-8: arith.addf
// CHECK: scf.yield
// CHECK-NOT: gpu.barrier
// CHECK: } {sched.strategy = "thread_per_row"}
sched.graph @wide_column_sum {
  %x = sched.input "arg0_1" : !c
  %buf0 = sched.buffer "buf0" : !o
  sched.node "op0" writes(%buf0 : !o) ranges [1048576] reduce [16] {
    %l = sched.load %x[p0 + 1048576*p1] : !c
    %s = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !o
  }
  sched.output %buf0 : !o
}

// -----

// Rows shorter than a warp (add_two_users_sum's 8 x 16): 16 threads a row,
// a point each, 8 rows a 128-thread block. The pointwise member's loops
// were merged to [128] by the scheduler; the lowering splits them back at
// the row boundary, so it reuses the reduction's loads of a and b (two
// loads in all) and, touching nothing the reduction wrote, needs no
// barrier.

!m = !sched.buffer<[8, 16], f32, strides = [16, 1], device = "cuda:0">
!v = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">

// CHECK-LABEL: func.func @two_users_short_rows
// CHECK-SAME: (%[[A:.*]]: memref<128xf32>, %[[B:.*]]: memref<128xf32>, %[[SUM:.*]]: memref<8xf32>, %[[TWICE:.*]]: memref<128xf32>)
// CHECK: gpu.launch {{.*}} in (%{{.*}} = %c1{{.*}} threads(%[[T:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %c128, {{.*}} function(@kernel0_op0_op1) {
// CHECK: %[[LANE:.*]] = arith.remui %[[T]], %c16
// CHECK: %[[X:.*]] = memref.load %[[A]]
// CHECK: %[[Y:.*]] = memref.load %[[B]]
// CHECK-NOT: memref.load
// CHECK: gpu.shuffle  xor %{{.*}}, %c8_i32, %c32_i32 : f32
// CHECK: gpu.shuffle  xor %{{.*}}, %c4_i32
// CHECK: gpu.shuffle  xor %{{.*}}, %c2_i32
// CHECK: gpu.shuffle  xor %{{.*}}, %c1_i32
// CHECK-NOT: gpu.shuffle
// CHECK: memref.store %{{.*}}, %[[SUM]]
// CHECK-NOT: gpu.barrier
// CHECK-NOT: memref.load
// CHECK: %[[S:.*]] = arith.addf %[[X]], %[[Y]] : f32
// CHECK: arith.mulf %[[S]]
// CHECK: memref.store %{{.*}}, %[[TWICE]]
// CHECK-NEXT: gpu.terminator
// CHECK-NEXT: } {sched.persistent, sched.strategy = "threads_per_row", sched.threads_per_row = 16 : i64}
sched.graph @two_users_short_rows {
  %a = sched.input "arg0_1" : !m
  %b = sched.input "arg1_1" : !m
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [16] {
    %x = sched.load %a[16*p0 + p1] : !m
    %y = sched.load %b[16*p0 + p1] : !m
    %s = arith.addf %x, %y : f32
    %r = sched.reduction sum %s : f32 -> f32
    sched.store_reduction %r, %buf0[p0] : !v
  }
  %buf1 = sched.buffer "buf1" : !m
  sched.node "op1" writes(%buf1 : !m) ranges [8, 16] {
    %x = sched.load %a[16*p0 + p1] : !m
    %y = sched.load %b[16*p0 + p1] : !m
    %s = arith.addf %x, %y : f32
    %c = arith.constant 2.0 : f32
    %m2 = arith.mulf %s, %c : f32
    sched.store %m2, %buf1[16*p0 + p1] : !m
  }
  sched.output %buf0, %buf1 : !v, !m
}
