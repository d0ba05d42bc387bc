// REQUIRES: ptxas, cuda-runtime
// An ahead-of-time library for the GPU: the cubin (through ptxas), the host
// code and runtime/cuda in one shared object whose only GPU need is the
// driver, exporting the graph's C entry point and the runtime's controls.

// RUN: rm -rf %t && mkdir -p %t && cp %examples/seed_add_sum_8x16.cuda.mlir %t/seed.mlir
// RUN: BUILD_DIR=%sched_build CUDA_HOME=%cuda_toolkit %scripts/build-cuda-library.sh %t/seed.mlir %t/out
// RUN: llvm-nm -D --defined-only %t/out/libseed.so | FileCheck %s --check-prefix=SYMS
// RUN: llvm-readelf -d %t/out/libseed.so | FileCheck %s --check-prefix=NEEDED
// RUN: FileCheck %s --check-prefix=ABI < %t/out/seed.abi.json
// RUN: FileCheck %s --check-prefix=BIN < %t/out/seed.llvm.mlir

// SYMS-DAG: T mgpuLaunchKernel
// SYMS-DAG: T mgpuModuleLoad
// SYMS-DAG: T sched_cuda_set_stream
// SYMS-DAG: T sched_cuda_last_error
// SYMS-DAG: T seed_add_sum_8x16

// NEEDED: Shared library: [libcuda.so.1]

// ABI: "graph": "seed_add_sum_8x16"
// ABI: "name": "arg0_1"
// ABI: "extent": 128
// ABI: "sizes": [
// ABI-NEXT: 8,
// ABI-NEXT: 16
// ABI: "name": "buf0"
// ABI: "extent": 8

// A cubin, not PTX, is embedded.
// BIN: gpu.binary @kernel0_op0 [#gpu.object<#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80">, properties = {{.*}}, bin = "
