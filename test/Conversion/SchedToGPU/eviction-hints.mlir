// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu="reduction-block-size=256" -split-input-file | FileCheck %s
// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu="eviction-hints=false reduction-block-size=256" -split-input-file | FileCheck %s --check-prefix=OFF
// RUN: sched-opt %s -sched-schedule -sched-to-nvvm-kernels="chip=sm_75 reduction-block-size=256" -split-input-file | FileCheck %s --check-prefix=OFF
// RUN: sched-opt %s -sched-schedule -convert-sched-to-gpu="eviction-hint-max-bytes=65536 reduction-block-size=256" -split-input-file | FileCheck %s --check-prefix=SMALL
// RUN: sched-opt %s -sched-schedule -sched-lower-to-nvvm="format=isa reduction-block-size=256" -split-input-file \
// RUN:   | %python %utils/extract-ptx.py | FileCheck %s --check-prefix=PTX

// Inductor's eviction hints (EvictionHints.h): in a reduction kernel whose
// rows Inductor would loop over (more than 1024 points for a reduction
// along contiguous memory), evict_first on streaming loads, evict_last on
// broadcast ones, on loads with no stride-1 variable and on loads a later
// member reads again from memory. Each is inline PTX with an L2 policy made
// once per kernel; runs of 4 contiguous, aligned elements are one 128-bit
// load. Only in kernels that store no full rows x reduction output and read
// at most eviction-hint-max-bytes (where they were measured to pay); off
// with eviction-hints=false and for chips before sm_80.
// (reduction-block-size=256 keeps the row sums at 256 threads, 16 points
// a thread, as the kernels with later members have.)
// OFF-NOT: llvm.inline_asm
// SMALL-NOT: llvm.inline_asm

// A row sum of 4096 points, persistent: each thread's 16 points are four
// hinted 128-bit loads whose elements the sum takes; no plain load of x.

// CHECK-LABEL: func.func @stream_sum
// CHECK-SAME: (%[[X:.*]]: memref<32768xf32>
// CHECK: gpu.launch
// CHECK-NEXT: %[[FIRST:.*]] = llvm.inline_asm "createpolicy.fractional.L2::evict_first.b64 $0, 1.0;", "=l"  : () -> i64
// CHECK: %[[INDEX:.*]] = affine.apply
// CHECK-NEXT: %[[PTR:.*]] = memref.extract_aligned_pointer_as_index %[[X]] : memref<32768xf32> -> index
// CHECK-NEXT: %[[BYTES:.*]] = arith.constant 4 : index
// CHECK-NEXT: %[[OFFSET:.*]] = arith.muli %[[INDEX]], %[[BYTES]] : index
// CHECK-NEXT: %[[ADDR:.*]] = arith.addi %[[PTR]], %[[OFFSET]] : index
// CHECK-NEXT: %[[ADDR64:.*]] = arith.index_cast %[[ADDR]] : index to i64
// CHECK-NEXT: %[[V:.*]] = llvm.inline_asm "ld.global.L1::evict_first.L2::cache_hint.v4.f32 {$0, $1, $2, $3}, [$4], $5;", "=f,=f,=f,=f,l,l" %[[ADDR64]], %[[FIRST]] : (i64, i64) -> !llvm.struct<(f32, f32, f32, f32)>
// CHECK-NEXT: %[[E0:.*]] = llvm.extractvalue %[[V]][0]
// CHECK-NEXT: %[[E1:.*]] = llvm.extractvalue %[[V]][1]
// CHECK-NEXT: llvm.extractvalue %[[V]][2]
// CHECK-NEXT: llvm.extractvalue %[[V]][3]
// CHECK-COUNT-3: llvm.inline_asm "ld.global.L1::evict_first.L2::cache_hint.v4.f32
// CHECK-NOT: memref.load %[[X]][
// CHECK: %[[S:.*]] = arith.addf %{{.*}}, %[[E0]] : f32
// CHECK-NEXT: arith.addf %[[S]], %[[E1]] : f32
// CHECK-NOT: memref.load %[[X]][
// CHECK: } {sched.persistent, sched.strategy = "threads_per_row", sched.threads_per_row = 256 : i64}

// PTX-LABEL: .entry kernel0_op0(
// PTX: createpolicy.fractional.L2::evict_first.b64 [[POLICY:%rd[0-9]+]], 1.0;
// PTX-COUNT-4: ld.global.L1::evict_first.L2::cache_hint.v4.f32 {{.*}}, [[POLICY]];
// PTX-NOT: ld.global
// PTX: st.global.b32
!x = !sched.buffer<[8, 4096], f32, strides = [4096, 1], device = "cuda:0">
!v = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
sched.graph @stream_sum {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %s = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// -----

// A weighted row sum: x streams (evict_first), the [4096] weight is
// broadcast over the rows (evict_last); runs of the two alternate.

// CHECK-LABEL: func.func @weighted_sum
// CHECK-SAME: (%[[X:.*]]: memref<32768xf32>, %[[W:.*]]: memref<4096xf32>
// CHECK: gpu.launch
// CHECK-NEXT: %[[LAST:.*]] = llvm.inline_asm "createpolicy.fractional.L2::evict_last.b64 $0, 1.0;", "=l"
// CHECK-NEXT: %[[FIRST:.*]] = llvm.inline_asm "createpolicy.fractional.L2::evict_first.b64 $0, 1.0;", "=l"
// CHECK: memref.extract_aligned_pointer_as_index %[[X]]
// CHECK: llvm.inline_asm "ld.global.L1::evict_first.L2::cache_hint.v4.f32 {$0, $1, $2, $3}, [$4], $5;", "=f,=f,=f,=f,l,l" %{{.*}}, %[[FIRST]]
// CHECK: memref.extract_aligned_pointer_as_index %[[W]]
// CHECK: llvm.inline_asm "ld.global.L1::evict_last.L2::cache_hint.v4.f32 {$0, $1, $2, $3}, [$4], $5;", "=f,=f,=f,=f,l,l" %{{.*}}, %[[LAST]]
// CHECK: llvm.inline_asm "ld.global.L1::evict_first.L2::cache_hint.v4.f32
// CHECK: llvm.inline_asm "ld.global.L1::evict_last.L2::cache_hint.v4.f32
// CHECK: llvm.inline_asm "ld.global.L1::evict_first.L2::cache_hint.v4.f32
// CHECK: llvm.inline_asm "ld.global.L1::evict_last.L2::cache_hint.v4.f32
// CHECK: llvm.inline_asm "ld.global.L1::evict_first.L2::cache_hint.v4.f32
// CHECK: llvm.inline_asm "ld.global.L1::evict_last.L2::cache_hint.v4.f32
// CHECK-NOT: llvm.inline_asm
// CHECK-NOT: memref.load %[[X]][
// CHECK-NOT: memref.load %[[W]][
// CHECK: } {sched.persistent

!x = !sched.buffer<[8, 4096], f32, strides = [4096, 1], device = "cuda:0">
!w = !sched.buffer<[4096], f32, strides = [1], device = "cuda:0">
!v = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
sched.graph @weighted_sum {
  %x = sched.input "arg0_1" : !x
  %w = sched.input "arg1_1" : !w
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %m = sched.load %w[p1] : !w
    %p = arith.mulf %l, %m : f32
    %s = sched.reduction sum %p : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// -----

// A sum and an epilogue that stores a full 8 x 4096 output: no hints (the
// output's own lines evict the L2's dirty ones; measured slower with them).

// CHECK-LABEL: func.func @scale_by_sum
// CHECK-NOT: llvm.inline_asm
// CHECK: } {sched.persistent

!x = !sched.buffer<[8, 4096], f32, strides = [4096, 1], device = "cuda:0">
!w = !sched.buffer<[4096], f32, strides = [1], device = "cuda:0">
!v = !sched.buffer<[8, 1], f32, strides = [1, 1], device = "cuda:0">
sched.graph @scale_by_sum {
  %x = sched.input "arg0_1" : !x
  %w = sched.input "arg1_1" : !w
  %buf0 = sched.buffer "buf0" : !v
  %buf1 = sched.buffer "buf1" : !x
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %s = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.node "op1" writes(%buf1 : !x) ranges [8, 4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %s = sched.load %buf0[p0] : !v
    %m = sched.load %w[p1] : !w
    %d = arith.divf %l, %s : f32
    %e = arith.mulf %d, %m : f32
    sched.store %e, %buf1[4096*p0 + p1] : !x
  }
  sched.output %buf1 : !x
}

// -----

// Rows of 1024 points: Inductor keeps them in registers (a persistent
// reduction), and its loads carry no hint; nor do ours.

// CHECK-LABEL: func.func @short_rows
// CHECK-SAME: (%[[X:.*]]: memref<8192xf32>
// CHECK-NOT: llvm.inline_asm
// CHECK-COUNT-8: memref.load %[[X]][
// CHECK-NOT: llvm.inline_asm
// CHECK: } {sched.persistent

!x = !sched.buffer<[8, 1024], f32, strides = [1024, 1], device = "cuda:0">
!v = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
sched.graph @short_rows {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [1024] {
    %l = sched.load %x[1024*p0 + p1] : !x
    %s = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// -----

// A load with no stride-1 variable (strides 2 and 16) is not coalesced:
// evict_last, one element at a time; x still streams.

// CHECK-LABEL: func.func @strided_operand
// CHECK-SAME: (%[[X:.*]]: memref<32768xf32>, %[[Y:.*]]: memref<65536xf32>
// CHECK: %[[LAST:.*]] = llvm.inline_asm "createpolicy.fractional.L2::evict_last.b64 $0, 1.0;"
// CHECK-NEXT: %[[FIRST:.*]] = llvm.inline_asm "createpolicy.fractional.L2::evict_first.b64 $0, 1.0;"
// CHECK-COUNT-4: llvm.inline_asm "ld.global.L1::evict_first.L2::cache_hint.v4.f32 {{.*}}, %[[FIRST]]
// CHECK: memref.extract_aligned_pointer_as_index %[[Y]]
// CHECK: llvm.inline_asm "ld.global.L1::evict_last.L2::cache_hint.f32 $0, [$1], $2;", "=f,l,l" %{{.*}}, %[[LAST]] : (i64, i64) -> f32
// CHECK-COUNT-15: llvm.inline_asm "ld.global.L1::evict_last.L2::cache_hint.f32 $0, [$1], $2;"
// CHECK-NOT: llvm.inline_asm
// CHECK-NOT: memref.load %[[Y]][
// CHECK: } {sched.persistent

!x = !sched.buffer<[8, 4096], f32, strides = [4096, 1], device = "cuda:0">
!y = !sched.buffer<[65536], f32, strides = [1], device = "cuda:0">
!v = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
sched.graph @strided_operand {
  %x = sched.input "arg0_1" : !x
  %y = sched.input "arg1_1" : !y
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %a = sched.load %x[4096*p0 + p1] : !x
    %b = sched.load %y[2*p0 + 16*p1] : !y
    %m = arith.mulf %a, %b : f32
    %s = sched.reduction sum %m : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// -----

// Rows of 16384 points, too long for registers: the threads loop. The max
// reads x in runs of 4 (128-bit) with evict_last, as the next reduction
// reads it from memory again; that one's loads, the row's last,
// evict_first.

// CHECK-LABEL: func.func @long_rows
// CHECK: %[[FIRST:.*]] = llvm.inline_asm "createpolicy.fractional.L2::evict_first.b64 $0, 1.0;"
// CHECK-NEXT: %[[LAST:.*]] = llvm.inline_asm "createpolicy.fractional.L2::evict_last.b64 $0, 1.0;"
// CHECK: scf.for
// CHECK: llvm.inline_asm "ld.global.L1::evict_last.L2::cache_hint.v4.f32 {$0, $1, $2, $3}, [$4], $5;", "=f,=f,=f,=f,l,l" %{{.*}}, %[[LAST]]
// CHECK-NOT: llvm.inline_asm
// CHECK: arith.maximumf
// CHECK: scf.for
// CHECK: llvm.inline_asm "ld.global.L1::evict_first.L2::cache_hint.v4.f32 {$0, $1, $2, $3}, [$4], $5;", "=f,=f,=f,=f,l,l" %{{.*}}, %[[FIRST]]
// CHECK-NOT: llvm.inline_asm
// CHECK: math.exp
// CHECK: } {sched.strategy = "threads_per_row", sched.threads_per_row = 256 : i64}

!x = !sched.buffer<[8, 16384], f32, strides = [16384, 1], device = "cuda:0">
!v = !sched.buffer<[8, 1], f32, strides = [1, 1], device = "cuda:0">
sched.graph @long_rows {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  %buf1 = sched.buffer "buf1" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [16384] {
    %l = sched.load %x[16384*p0 + p1] : !x
    %s = sched.reduction max %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.node "op1" writes(%buf1 : !v) ranges [8] reduce [16384] {
    %l = sched.load %x[16384*p0 + p1] : !x
    %m = sched.load %buf0[p0] : !v
    %d = arith.subf %l, %m : f32
    %e = math.exp %d : f32
    %s = sched.reduction sum %e : f32 -> f32
    sched.store_reduction %s, %buf1[p0] : !v
  }
  sched.output %buf1 : !v
}

// -----

// A column sum of 64 columns: few rows, so threads share a row, each load
// contiguous across the threads (stride 1 along the column), not along a
// thread's run: evict_first, one element at a time.

// CHECK-LABEL: func.func @column_sum
// CHECK: %[[FIRST:.*]] = llvm.inline_asm "createpolicy.fractional.L2::evict_first.b64 $0, 1.0;"
// CHECK-COUNT-32: llvm.inline_asm "ld.global.L1::evict_first.L2::cache_hint.f32 $0, [$1], $2;", "=f,l,l" %{{.*}}, %[[FIRST]]
// CHECK-NOT: llvm.inline_asm
// CHECK: } {sched.persistent

!x = !sched.buffer<[8192, 64], f32, strides = [64, 1], device = "cuda:0">
!v = !sched.buffer<[64], f32, strides = [1], device = "cuda:0">
sched.graph @column_sum {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [64] reduce [8192] {
    %l = sched.load %x[p0 + 64*p1] : !x
    %s = sched.reduction sum %l : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}
