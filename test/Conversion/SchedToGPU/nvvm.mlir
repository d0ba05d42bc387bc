// The seed example down the GPU path: host code launching one outlined
// kernel on a stream of its own (gpu.wait async ... gpu.wait), the kernel in
// the NVVM dialect for sm_90, and its PTX.

// RUN: sched-opt %examples/seed_add_sum_8x16.cuda.mlir -sched-schedule -sched-to-nvvm-kernels \
// RUN:   | FileCheck %s --check-prefix=NVVM
// RUN: sched-opt %examples/seed_add_sum_8x16.cuda.mlir -sched-schedule -sched-lower-to-nvvm=format=isa \
// RUN:   | %python %utils/extract-ptx.py | FileCheck %s --check-prefix=PTX
// RUN: sched-opt %examples/seed_add_sum_8x16.cuda.mlir -sched-schedule -sched-lower-to-nvvm=format=isa \
// RUN:   | FileCheck %s --check-prefix=HOST

// NVVM-LABEL: func.func @seed_add_sum_8x16
// NVVM-SAME: (%[[A:.*]]: memref<128xf32>, %[[B:.*]]: memref<128xf32>, %[[OUT:.*]]: memref<8xf32>)
// NVVM: %[[T0:.*]] = gpu.wait async
// NVVM: %[[T1:.*]] = gpu.launch_func async [%[[T0]]] @kernel0_op0::@kernel0_op0 blocks in (%c1, %c1, %c1) threads in (%c128, %c1, %c1) args(%[[A]] : memref<128xf32>, %[[B]] : memref<128xf32>, %[[OUT]] : memref<8xf32>)
// NVVM: gpu.wait [%[[T1]]]
// NVVM: gpu.module @kernel0_op0 [#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80">]
// Kernel arguments are 16-byte aligned storages (128-bit accesses).
// NVVM: llvm.func @kernel0_op0(%{{.*}}: !llvm.ptr {llvm.align = 16 : i64}, %{{.*}}: !llvm.ptr {llvm.align = 16 : i64}, %{{.*}}: !llvm.ptr {llvm.align = 16 : i64}) attributes {gpu.kernel, gpu.known_block_size = array<i32: 128, 1, 1>, gpu.known_grid_size = array<i32: 1, 1, 1>, nvvm.kernel
// Rows of 16 points: 16 threads a row, one point each, two rows a warp and
// eight a 128-thread block; the butterfly stays within a row's 16 lanes
// (offsets 8, 4, 2, 1).
// NVVM: nvvm.read.ptx.sreg.tid.x
// NVVM-COUNT-4: nvvm.shfl.sync bfly
// NVVM-NOT: nvvm.shfl.sync
// NVVM-NOT: nvvm.barrier

// PTX: .target sm_90
// PTX: .visible .entry kernel0_op0(
// PTX-NEXT: .param .u64 .ptr .align 16 kernel0_op0_param_0
// PTX: .maxntid 128, 1, 1
// PTX: ld.global
// PTX: shfl.sync.bfly.b32 {{.*}}, 8, 31, -1;
// PTX: shfl.sync.bfly.b32 {{.*}}, 1, 31, -1;
// PTX: st.global.b32

// The host function takes bare pointers and calls the mgpu* runtime.
// HOST: llvm.func @seed_add_sum_8x16(%{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr)
// HOST: llvm.call @mgpuStreamCreate()
// HOST: gpu.launch_func <%{{.*}} : !llvm.ptr> @kernel0_op0::@kernel0_op0
// HOST: llvm.call @mgpuStreamSynchronize
// HOST: llvm.call @mgpuStreamDestroy

// A 128-bit access: a persistent row of 4096 points, each thread's runs of 4
// consecutive elements, loaded with ld.global.v4 (16 a thread: 2 inputs x 8
// runs of the 8192-long rows), no scalar global load.
// RUN: sched-opt %S/Inputs/add-sum-rows.mlir -sched-schedule -sched-lower-to-nvvm="format=isa eviction-hints=false reduction-block-size=256" \
// RUN:   | %python %utils/extract-ptx.py | FileCheck %s --check-prefix=VEC
// VEC-COUNT-16: ld.global.v4.b32
// VEC-NOT: ld.global.b32
// VEC: st.global.b32
