// RUN: sched-opt %s -split-input-file -sched-schedule -convert-sched-to-scf=streaming-stores | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-schedule -convert-sched-to-scf | FileCheck %s --check-prefix=OFF

// streaming-stores: a nest of pointwise nodes contiguous along its
// innermost loop runs as 8-lane vectors; its stores to storages of 64 MiB
// and more that the nest does not read are non-temporal and 32-byte
// aligned, where the storage is 32-byte aligned at run time and either the
// page of its last byte was resident when the kernel began (mincore, at the
// top of the kernel: a fresh 4 KiB page is zeroed through the cache, so a
// non-temporal store would write its lines twice; a fresh allocation's
// first page holds malloc's header) or it starts on a 2 MiB boundary (a
// huge page's zeroing does not stay in the caches). Checked once, before
// the loops; else the same vector code with plain stores. Off by default:
// scalar loops LLVM vectorizes.
// OFF-NOT: vector.store
// OFF-NOT: nontemporal

// A 4096 x 4096 output (64 MiB): streamed. The broadcast row is a vector
// load too (contiguous along the innermost loop).

// CHECK-DAG: func.func private @mincore(index, index, index) -> i32
// CHECK-DAG: func.func private @getpagesize() -> i32
// CHECK-LABEL: func.func @scale_exp
// CHECK: %[[X:.*]] = memref.reinterpret_cast %arg0
// CHECK: %[[W:.*]] = memref.reinterpret_cast %arg1
// CHECK: %[[OUT:.*]] = memref.reinterpret_cast %arg2
// CHECK: scf.execute_region {
// CHECK-NEXT: %[[PS32:.*]] = func.call @getpagesize() : () -> i32
// CHECK-NEXT: %[[PS:.*]] = arith.index_cast %[[PS32]] : i32 to index
// CHECK-NEXT: %[[P0:.*]] = memref.extract_aligned_pointer_as_index %[[OUT]]
// CHECK-NEXT: %[[LASTOFF:.*]] = arith.constant 67108863 : index
// CHECK-NEXT: %[[LAST:.*]] = arith.addi %[[P0]], %[[LASTOFF]] : index
// CHECK-NEXT: %[[INPAGE:.*]] = arith.remui %[[LAST]], %[[PS]] : index
// CHECK-NEXT: %[[PAGE:.*]] = arith.subi %[[LAST]], %[[INPAGE]] : index
// CHECK-NEXT: %[[VEC:.*]] = memref.alloca() : memref<1xi8>
// CHECK-NEXT: %[[VECP:.*]] = memref.extract_aligned_pointer_as_index %[[VEC]]
// CHECK-NEXT: %[[RC:.*]] = func.call @mincore(%[[PAGE]], %[[PS]], %[[VECP]]) : (index, index, index) -> i32
// CHECK: %[[BYTE:.*]] = memref.load %[[VEC]][%{{.*}}] : memref<1xi8>
// CHECK: %[[OK:.*]] = arith.cmpi eq, %[[RC]], %c0_i32 : i32
// CHECK-NEXT: %[[BIT:.*]] = arith.andi %[[BYTE]], %c1_i8 : i8
// CHECK-NEXT: %[[IN:.*]] = arith.cmpi ne, %[[BIT]], %c0_i8 : i8
// CHECK-NEXT: %[[RESIDENT:.*]] = arith.andi %[[OK]], %[[IN]] : i1
// CHECK: %[[PTR:.*]] = memref.extract_aligned_pointer_as_index %[[OUT]]
// CHECK: %[[REM:.*]] = arith.remui %[[PTR]], %c32
// CHECK: %[[A32:.*]] = arith.cmpi eq, %[[REM]], %c0
// CHECK: %[[HREM:.*]] = arith.remui %[[PTR]], %c2097152 : index
// CHECK: %[[HUGE:.*]] = arith.cmpi eq, %[[HREM]], %{{.*}} : index
// CHECK-NEXT: %[[CACHED:.*]] = arith.ori %[[RESIDENT]], %[[HUGE]] : i1
// CHECK-NEXT: %[[ALIGNED:.*]] = arith.andi %[[A32]], %[[CACHED]] : i1
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %c4096 step %c1
// CHECK: scf.for %[[J:.*]] = %{{.*}} to %{{.*}} step %c8
// CHECK-NEXT: scf.if %[[ALIGNED]] {
// CHECK: %[[A:.*]] = vector.load %[[X]][%{{.*}}] : memref<16777216xf32>, vector<8xf32>
// CHECK: %[[B:.*]] = vector.load %[[W]][%[[J]]] : memref<4096xf32>, vector<8xf32>
// CHECK: %[[P:.*]] = arith.mulf %[[A]], %[[B]] : vector<8xf32>
// CHECK: %[[E:.*]] = math.exp %[[P]] : vector<8xf32>
// CHECK: vector.store %[[E]], %[[OUT]][%{{.*}}] {alignment = 32 : i64, nontemporal = true} : memref<16777216xf32>, vector<8xf32>
// CHECK: } else {
// CHECK: vector.store %{{.*}}, %[[OUT]][%{{.*}}] : memref<16777216xf32>, vector<8xf32>
// CHECK-NEXT: }

!big = !sched.buffer<[4096, 4096], f32, strides = [4096, 1], device = "cpu">
!row = !sched.buffer<[4096], f32, strides = [1], device = "cpu">
sched.graph @scale_exp {
  %x = sched.input "arg0_1" : !big
  %w = sched.input "arg1_1" : !row
  %buf0 = sched.buffer "buf0" : !big
  sched.node "op0" writes(%buf0 : !big) ranges [4096, 4096] {
    %l = sched.load %x[4096*p0 + p1] : !big
    %m = sched.load %w[p1] : !row
    %p = arith.mulf %l, %m : f32
    %e = math.exp %p : f32
    sched.store %e, %buf0[4096*p0 + p1] : !big
  }
  sched.output %buf0 : !big
}

// -----

// A small output: vectors, plain stores, no run-time check.

// CHECK-LABEL: func.func @small_add
// CHECK-NOT: extract_aligned_pointer
// CHECK-NOT: scf.if
// CHECK: scf.for %{{.*}} step %c8
// CHECK: arith.addf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: vector.store %{{.*}} : memref<4096xf32>, vector<8xf32>
// CHECK-NOT: nontemporal
// CHECK: return

!small = !sched.buffer<[64, 64], f32, strides = [64, 1], device = "cpu">
sched.graph @small_add {
  %x = sched.input "arg0_1" : !small
  %y = sched.input "arg1_1" : !small
  %buf0 = sched.buffer "buf0" : !small
  sched.node "op0" writes(%buf0 : !small) ranges [64, 64] {
    %a = sched.load %x[64*p0 + p1] : !small
    %b = sched.load %y[64*p0 + p1] : !small
    %d = arith.addf %a, %b : f32
    sched.store %d, %buf0[64*p0 + p1] : !small
  }
  sched.output %buf0 : !small
}

// -----

// buf0 is stored and read back at the same index (each point reads its own
// value): vectors, but only buf1, which the nest does not read, streams.

// CHECK-LABEL: func.func @chain
// CHECK-SAME: (%{{.*}}: memref<4096x4096xf32>, %[[B0:[^:]*]]: memref<4096x4096xf32>, %[[B1:[^:]*]]: memref<4096x4096xf32>)
// CHECK: %[[F0:.*]] = memref.reinterpret_cast %[[B0]]
// CHECK: %[[F1:.*]] = memref.reinterpret_cast %[[B1]]
// CHECK-NOT: memref.extract_aligned_pointer_as_index %[[F0]]
// CHECK: memref.extract_aligned_pointer_as_index %[[F1]]
// CHECK: step %c8
// CHECK: vector.store %{{.*}}, %[[F0]][%{{.*}}] : memref<16777216xf32>, vector<8xf32>
// CHECK: vector.store %{{.*}}, %[[F0]][%{{.*}}] : memref<16777216xf32>, vector<8xf32>
// CHECK: vector.store %{{.*}}, %[[F1]][%{{.*}}] {alignment = 32 : i64, nontemporal = true}
// CHECK: vector.store %{{.*}}, %[[F1]][%{{.*}}] : memref<16777216xf32>, vector<8xf32>

!big = !sched.buffer<[4096, 4096], f32, strides = [4096, 1], device = "cpu">
sched.graph @chain {
  %x = sched.input "arg0_1" : !big
  %buf0 = sched.buffer "buf0" : !big
  %buf1 = sched.buffer "buf1" : !big
  sched.node "op0" writes(%buf0 : !big) ranges [4096, 4096] {
    %a = sched.load %x[4096*p0 + p1] : !big
    %c = arith.constant 1.0 : f32
    %d = arith.addf %a, %c : f32
    sched.store %d, %buf0[4096*p0 + p1] : !big
  }
  sched.node "op1" writes(%buf1 : !big) ranges [4096, 4096] {
    %a = sched.load %buf0[4096*p0 + p1] : !big
    %d = arith.mulf %a, %a : f32
    sched.store %d, %buf1[4096*p0 + p1] : !big
  }
  sched.output %buf0, %buf1 : !big, !big
}
