//===- CublasGemm.cpp - Inductor's mm/bmm/addmm through cuBLAS ------------===//
//
// sched_cuda_gemm, which -convert-sched-to-gpu's host code calls for an
// extern mm, bmm or addmm: row-major C = A * B (+ beta * C), batched, as
// one cublasSgemmStridedBatched on the column-major transposes
// (C^T = B^T * A^T). cuBLAS is loaded at the first call with dlopen, so a
// graph library still needs only the driver to load: a process that has
// PyTorch has cuBLAS already (dlopen finds it by its soname); SCHED_CUBLAS,
// when set, names the library's path instead. A missing cuBLAS is reported and
// recorded as CUDA_ERROR_NOT_FOUND for sched_cuda_last_error.
//
// Streams: on the caller's stream when one is set (in order with the
// graph's launches there, asynchronously); else on the legacy default
// stream, waited for before the call returns (the graph's own stream has
// been waited for before the call: gpu-async-region puts a wait before any
// host call).
//
//===----------------------------------------------------------------------===//

#include "Runtime.h"

#include <dlfcn.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>

namespace {
// The few cuBLAS declarations used (cublas_api.h's), so the library is
// built without cuBLAS headers.
using Handle = void *;
using CreateFn = int (*)(Handle *);
using SetStreamFn = int (*)(Handle, CUstream);
using GemmFn = int (*)(Handle, int, int, int, int, int, const float *,
                       const float *, int, long long, const float *, int,
                       long long, const float *, float *, int, long long, int);
constexpr int kOpN = 0, kOpT = 1;

struct Cublas {
  Handle handle = nullptr;
  SetStreamFn setStream = nullptr;
  GemmFn gemm = nullptr;
};

Cublas cublas;

/// cuBLAS loaded and its handle made (null: missing, reported).
const Cublas *loadCublas() {
  void *lib = nullptr;
  const char *path = std::getenv("SCHED_CUBLAS");
  if (path)
    lib = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
  for (const char *name :
       {"libcublas.so.13", "libcublas.so.12", "libcublas.so"})
    if (!lib && !path)
      lib = dlopen(name, RTLD_NOW | RTLD_GLOBAL);
  if (!lib) {
    std::fprintf(stderr, "sched-cuda-runtime: cuBLAS not found for an extern "
                         "mm/bmm/addmm (set SCHED_CUBLAS to libcublas.so's "
                         "path)\n");
    return nullptr;
  }
  auto create = reinterpret_cast<CreateFn>(dlsym(lib, "cublasCreate_v2"));
  cublas.setStream =
      reinterpret_cast<SetStreamFn>(dlsym(lib, "cublasSetStream_v2"));
  cublas.gemm =
      reinterpret_cast<GemmFn>(dlsym(lib, "cublasSgemmStridedBatched"));
  if (!create || !cublas.setStream || !cublas.gemm) {
    std::fprintf(stderr, "sched-cuda-runtime: the cuBLAS library lacks "
                         "cublasSgemmStridedBatched or its handle functions\n");
    return nullptr;
  }
  Handle handle = nullptr;
  if (int status = create(&handle)) {
    std::fprintf(stderr, "sched-cuda-runtime: cublasCreate failed: status %d\n",
                 status);
    return nullptr;
  }
  cublas.handle = handle;
  return &cublas;
}

/// How cuBLAS takes the transpose of a row-major `rows` x `cols` operand
/// with element strides (rowStride, colStride): with contiguous columns,
/// the memory is that transpose in column-major order (op N, ld =
/// rowStride); with contiguous rows, it is the operand itself in
/// column-major order (op T, ld = colStride). A dimension of size 1 may
/// have any stride, so the other decides, and ld is then only bounded.
struct Operand {
  int op;
  int ld;
};
Operand columnMajorTranspose(int64_t rows, int64_t cols, int64_t rowStride,
                             int64_t colStride) {
  if (cols == 1)
    return {kOpN, static_cast<int>(rowStride > 1 ? rowStride : 1)};
  if (colStride == 1)
    return {kOpN, static_cast<int>(rows == 1 ? cols : rowStride)};
  return {kOpT, static_cast<int>(rows == 1 && colStride < 1 ? 1 : colStride)};
}
} // namespace

/// C[b][i][j] = sum_l A[b][i][l] * B[b][l][j] + beta * C[b][i][j] for b <
/// batch, i < m, j < n, l < k; the operands at device addresses a, b, c with
/// the given element strides (C's columns contiguous; each of A and B has a
/// unit stride in one of its two dimensions: -convert-sched-to-gpu checks).
SCHED_EXPORT void sched_cuda_gemm(int64_t a, int64_t b, int64_t c,
                                  int64_t batch, int64_t m, int64_t n,
                                  int64_t k, int64_t aBatch, int64_t aRow,
                                  int64_t aCol, int64_t bBatch, int64_t bRow,
                                  int64_t bCol, int64_t cBatch, int64_t cRow,
                                  float beta) {
  using namespace sched_cuda;
  // Loaded once, at the first call (a function-local static: thread-safe,
  // and no lock on later calls).
  static const Cublas *const blas = loadCublas();
  if (!blas) {
    recordError(CUDA_ERROR_NOT_FOUND);
    return;
  }
  if (!ensureContext())
    return;
  const CUstream *caller = callerStreamIfSet();
  CUstream stream = caller ? *caller : nullptr;
  if (int status = blas->setStream(blas->handle, stream)) {
    std::fprintf(stderr,
                 "sched-cuda-runtime: cublasSetStream failed: status "
                 "%d\n",
                 status);
    recordError(CUDA_ERROR_UNKNOWN);
    return;
  }
  // C^T (n x m, column-major, ld = C's row stride) = B^T * A^T.
  Operand bt = columnMajorTranspose(k, n, bRow, bCol);
  Operand at = columnMajorTranspose(m, k, aRow, aCol);
  float alpha = 1.0f;
  int ldc = static_cast<int>(m == 1 ? n : cRow);
  int status = blas->gemm(
      blas->handle, bt.op, at.op, static_cast<int>(n), static_cast<int>(m),
      static_cast<int>(k), &alpha, reinterpret_cast<const float *>(b), bt.ld,
      bBatch, reinterpret_cast<const float *>(a), at.ld, aBatch, &beta,
      reinterpret_cast<float *>(c), ldc, cBatch, static_cast<int>(batch));
  if (status) {
    std::fprintf(stderr,
                 "sched-cuda-runtime: cublasSgemmStridedBatched "
                 "failed: status %d\n",
                 status);
    recordError(CUDA_ERROR_UNKNOWN);
    return;
  }
  if (!caller)
    check(cuStreamSynchronize(nullptr), "cuStreamSynchronize");
}
