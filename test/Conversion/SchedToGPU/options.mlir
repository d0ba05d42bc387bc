// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu=row-splits=2 | FileCheck %s --check-prefix=TWO
// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu=row-splits=1 | FileCheck %s --check-prefix=ONE
// RUN: not sched-opt %s -convert-sched-to-gpu=row-splits=16 2>&1 | FileCheck %s --check-prefix=SPLITS
// RUN: not sched-opt %s -convert-sched-to-gpu=block-size=48 2>&1 | FileCheck %s --check-prefix=BLOCK
// RUN: not sched-opt %s -convert-sched-to-gpu=row-points-per-thread=0 2>&1 | FileCheck %s --check-prefix=POINTS
// RUN: not sched-opt %s -convert-sched-to-gpu=reduction-block-size=2048 2>&1 | FileCheck %s --check-prefix=RBLOCK

// row-splits sets the threads of a thread-per-row kernel's row: 2 parts,
// 128 columns a block; 1, a thread a column. A value past block-size / 32
// (a warp of rows a block) and the other malformed options are errors.

// TWO: gpu.launch blocks({{.*}}) in (%{{.*}} = %c128, {{.*}} threads({{.*}}) in (%{{.*}} = %c256, {{.*}} workgroup(%{{.*}} : memref<256xf32, #gpu.address_space<workgroup>>)
// TWO: arith.remui %{{.*}}, %c128
// TWO-COUNT-2: memref.load %{{.*}} : memref<256xf32, #gpu.address_space<workgroup>>
// TWO: } {sched.row_splits = 2 : i64, sched.strategy = "thread_per_row"}

// ONE: gpu.launch blocks({{.*}}) in (%{{.*}} = %c64, {{.*}} threads
// ONE-NOT: workgroup
// ONE: } {sched.strategy = "thread_per_row"}

// SPLITS: error: row-splits must be from 0 to block-size / 32
// BLOCK: error: block-size must be a multiple of 32 from 32 to 1024
// POINTS: error: row-points-per-thread must be at least 1
// RBLOCK: error: reduction-block-size must be from 0 to 1024

!c = !sched.buffer<[64, 16384], f32, strides = [16384, 1], device = "cuda:0">
!o = !sched.buffer<[16384], f32, strides = [1], device = "cuda:0">

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
