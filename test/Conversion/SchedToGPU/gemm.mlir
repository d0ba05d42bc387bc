// RUN: sched-opt %s -split-input-file -sched-schedule -convert-sched-to-gpu | FileCheck %s
// RUN: sched-opt %s -split-input-file -sched-schedule -sched-to-nvvm-kernels | FileCheck %s --check-prefix=ASYNC

// Inductor's extern mm/bmm/addmm on the GPU: one sched_cuda_gemm call
// (runtime/cuda/CublasGemm.cpp: cuBLAS's strided batched sgemm) with each
// operand's device address and its (batch, row, column) strides in
// elements, and beta. addmm broadcasts its bias into the output first (a
// pointwise kernel: element (i, j) of the output reads bias[j]), then
// accumulates onto it (beta = 1). A transposed weight (a view with strides
// [1, 32]) is passed as it is: cuBLAS reads it transposed.

!a = !sched.buffer<[16, 32], f32, strides = [32, 1], device = "cuda:0">
!bt = !sched.buffer<[32, 8], f32, strides = [1, 32], device = "cuda:0">
!w = !sched.buffer<[8, 32], f32, strides = [32, 1], device = "cuda:0">
!bias = !sched.buffer<[8], f32, strides = [1], device = "cuda:0">
!c = !sched.buffer<[16, 8], f32, strides = [8, 1], device = "cuda:0">

// CHECK-LABEL: func.func private @sched_cuda_gemm(i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, f32)
// CHECK-LABEL: func.func @linear(
// CHECK-SAME: %[[X:.*]]: memref<512xf32>, %[[W:.*]]: memref<256xf32>, %[[BIAS:.*]]: memref<8xf32>, %[[OUT:.*]]: memref<128xf32>)
// CHECK: gpu.launch {{.*}} function(@kernel0_bias_op0)
// CHECK: %[[I:.*]] = arith.divui %{{.*}}, %c8
// CHECK: %[[J:.*]] = arith.remui %{{.*}}, %c8
// CHECK: %[[B:.*]] = memref.load %[[BIAS]][%{{.*}}] : memref<8xf32>
// CHECK: memref.store %[[B]], %[[OUT]][%{{.*}}] : memref<128xf32>
// CHECK: } {sched.strategy = "pointwise"}
// CHECK: %[[PA:.*]] = memref.extract_aligned_pointer_as_index %[[X]]
// CHECK: %[[A:.*]] = arith.index_cast %[[PA]] : index to i64
// CHECK: %[[PB:.*]] = memref.extract_aligned_pointer_as_index %[[W]]
// CHECK: %[[BT:.*]] = arith.index_cast %[[PB]] : index to i64
// CHECK: %[[PC:.*]] = memref.extract_aligned_pointer_as_index %[[OUT]]
// CHECK: %[[C:.*]] = arith.index_cast %[[PC]] : index to i64
// CHECK: %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// batch 1, m 16, n 8, k 32; A (0, 32, 1), B (0, 1, 32), C (0, 8); beta 1
// CHECK-NEXT: call @sched_cuda_gemm(%[[A]], %[[BT]], %[[C]], %c1_i64, %c16_i64, %c8_i64, %c32_i64, %c0_i64, %c32_i64_{{.*}}, %c1_i64_{{.*}}, %c0_i64_{{.*}}, %c1_i64_{{.*}}, %c32_i64_{{.*}}, %c0_i64_{{.*}}, %c8_i64_{{.*}}, %[[ONE]]) {sched.extern_kernel = "extern_kernels.addmm"}
// The call is a host call: gpu-async-region waits for the stream before it
// (runtime/cuda queues the gemm on the caller's stream, in order).
// ASYNC-LABEL: func.func @linear
// ASYNC: %[[T:.*]] = gpu.launch_func async [%{{.*}}] @kernel0_bias_op0
// ASYNC: gpu.wait [%[[T]]]
// ASYNC: call @sched_cuda_gemm
sched.graph @linear {
  %x = sched.input "arg0_1" : !a
  %w = sched.input "arg1_1" : !w
  %bias = sched.input "arg2_1" : !bias
  %wt = sched.view %w : !w to !bt
  %buf0 = sched.buffer "buf0" : !c
  sched.extern "op0" "extern_kernels.addmm"(%bias, %x, %wt : !bias, !a, !bt) writes(%buf0 : !c)
  sched.output %buf0 : !c
}

// -----

// bmm: the batch strides too (512, 512, 256), beta 0.

!q = !sched.buffer<[4, 16, 32], f32, strides = [512, 32, 1], device = "cuda:0">
!k = !sched.buffer<[4, 32, 16], f32, strides = [512, 16, 1], device = "cuda:0">
!s = !sched.buffer<[4, 16, 16], f32, strides = [256, 16, 1], device = "cuda:0">

// CHECK-LABEL: func.func @bmm
// CHECK-NOT: gpu.launch
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: call @sched_cuda_gemm(%{{.*}}, %{{.*}}, %{{.*}}, %c4_i64, %c16_i64, %c16_i64_{{.*}}, %c32_i64, %c512_i64, %c32_i64_{{.*}}, %c1_i64, %c512_i64_{{.*}}, %c16_i64_{{.*}}, %c1_i64_{{.*}}, %c256_i64, %c16_i64_{{.*}}, %[[ZERO]]) {sched.extern_kernel = "extern_kernels.bmm"}
sched.graph @bmm {
  %q = sched.input "arg0_1" : !q
  %k = sched.input "arg1_1" : !k
  %buf0 = sched.buffer "buf0" : !s
  sched.extern "op0" "extern_kernels.bmm"(%q, %k : !q, !k) writes(%buf0 : !s)
  sched.output %buf0 : !s
}
