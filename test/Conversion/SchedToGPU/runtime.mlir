// REQUIRES: ptxas, cuda-runtime
// runtime/cuda without a GPU, on the CUDA toolkit's stub driver (every call
// fails with CUDA_ERROR_STUB_LIBRARY, 34): a failing driver call is printed
// once, naming the call, and kept for sched_cuda_last_error, which a query
// clears; a caller's stream replaces the graph's own; an extern mm without
// cuBLAS says so and records CUDA_ERROR_NOT_FOUND (500).
// RUN: rm -rf %t && mkdir -p %t/lib && ln -s %cuda_toolkit/lib64/stubs/libcuda.so %t/lib/libcuda.so.1
// RUN: clang %S/Inputs/runtime-errors.c %sched_build/lib/libSchedCudaRuntime.a \
// RUN:   -L%cuda_toolkit/lib64/stubs -lcuda -lstdc++ -o %t/runtime-errors
// RUN: env LD_LIBRARY_PATH=%t/lib SCHED_CUBLAS=%t/no-cublas.so %t/runtime-errors 2>&1 | FileCheck %s

// CHECK-DAG: sched-cuda-runtime: cuInit failed: CUresult 34
// CHECK-DAG: module null, error 34
// CHECK-DAG: error after query 0
// CHECK-DAG: caller stream used
// CHECK-DAG: sched-cuda-runtime: cuBLAS not found for an extern mm/bmm/addmm (set SCHED_CUBLAS to libcublas.so's path)
// CHECK-DAG: gemm error 500
