// REQUIRES: ptxas
// ptxas accepts every form of hinted load the lowering emits: 128-bit
// vectors of f32, i32 (.b32), f64 and i64 (.b64, two lanes), and scalar
// ones (the uncoalesced operand); the f16 row takes no hints.
// RUN: sched-opt %s -split-input-file -sched-schedule -sched-lower-to-nvvm="format=bin toolkit=%cuda_toolkit" | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-schedule -convert-sched-to-gpu | FileCheck %s --check-prefix=LOADS

// CHECK-COUNT-5: gpu.binary @kernel0_op0 {{.*}}chip = "sm_90"

// LOADS-LABEL: func.func @max_f32
// LOADS-COUNT-2: "ld.global.L1::evict_first.L2::cache_hint.v4.f32
// LOADS-COUNT-8: "ld.global.L1::evict_last.L2::cache_hint.f32
// LOADS-LABEL: func.func @max_i32
// LOADS-COUNT-2: "ld.global.L1::evict_first.L2::cache_hint.v4.b32 {$0, $1, $2, $3}, [$4], $5;", "=r,=r,=r,=r,l,l"
// LOADS-LABEL: func.func @max_f64
// LOADS-COUNT-4: "ld.global.L1::evict_first.L2::cache_hint.v2.f64 {$0, $1}, [$2], $3;", "=d,=d,l,l"
// LOADS-LABEL: func.func @max_i64
// LOADS-COUNT-4: "ld.global.L1::evict_first.L2::cache_hint.v2.b64 {$0, $1}, [$2], $3;", "=l,=l,l,l"
// LOADS-LABEL: func.func @max_f16
// LOADS-NOT: cache_hint

!x = !sched.buffer<[8, 4096], f32, strides = [4096, 1], device = "cuda:0">
!v = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
!y = !sched.buffer<[65536], f32, strides = [1], device = "cuda:0">
sched.graph @max_f32 {
  %x = sched.input "arg0_1" : !x
  %y = sched.input "arg1_1" : !y
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %b = sched.load %y[2*p0 + 16*p1] : !y
    %m = arith.mulf %l, %b : f32
    %s = sched.reduction max %m : f32 -> f32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// -----

!x = !sched.buffer<[8, 4096], i32, strides = [4096, 1], device = "cuda:0">
!v = !sched.buffer<[8], i32, strides = [1], device = "cuda:0">
sched.graph @max_i32 {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %s = sched.reduction max %l : i32 -> i32
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// -----

!x = !sched.buffer<[8, 4096], f64, strides = [4096, 1], device = "cuda:0">
!v = !sched.buffer<[8], f64, strides = [1], device = "cuda:0">
sched.graph @max_f64 {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %s = sched.reduction max %l : f64 -> f64
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// -----

!x = !sched.buffer<[8, 4096], i64, strides = [4096, 1], device = "cuda:0">
!v = !sched.buffer<[8], i64, strides = [1], device = "cuda:0">
sched.graph @max_i64 {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %s = sched.reduction max %l : i64 -> i64
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}

// -----

!x = !sched.buffer<[8, 4096], f16, strides = [4096, 1], device = "cuda:0">
!v = !sched.buffer<[8], f16, strides = [1], device = "cuda:0">
sched.graph @max_f16 {
  %x = sched.input "arg0_1" : !x
  %buf0 = sched.buffer "buf0" : !v
  sched.node "op0" writes(%buf0 : !v) ranges [8] reduce [4096] {
    %l = sched.load %x[4096*p0 + p1] : !x
    %s = sched.reduction max %l : f16 -> f16
    sched.store_reduction %s, %buf0[p0] : !v
  }
  sched.output %buf0 : !v
}
