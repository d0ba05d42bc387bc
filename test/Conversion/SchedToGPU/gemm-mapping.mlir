// REQUIRES: cuda-runtime
// sched_cuda_gemm (runtime/cuda/CublasGemm.cpp) maps a row-major batched
// product onto cuBLAS's column-major sgemm: checked without a GPU, on host
// memory, through a fake driver (Inputs/fake-driver.c: every call succeeds)
// and a reference cublasSgemmStridedBatched (Inputs/fake-cublas.c, which
// also checks the leading dimensions as cuBLAS does). 56 cases: row- and
// column-major A and B, dimensions of size 1, batches, beta 0 and 1.
// RUN: rm -rf %t && mkdir -p %t/lib
// RUN: clang -shared -fPIC %S/Inputs/fake-driver.c -o %t/lib/libcuda.so.1
// RUN: clang -shared -fPIC %S/Inputs/fake-cublas.c -o %t/lib/libfake-cublas.so
// RUN: clang %S/Inputs/gemm-mapping.c %sched_build/lib/libSchedCudaRuntime.a \
// RUN:   -L%cuda_toolkit/lib64/stubs -lcuda -lstdc++ -o %t/gemm-mapping
// RUN: env LD_LIBRARY_PATH=%t/lib SCHED_CUBLAS=%t/lib/libfake-cublas.so %t/gemm-mapping | FileCheck %s

// CHECK-NOT: MISMATCH
// CHECK: 56 cases, 0 mismatched
