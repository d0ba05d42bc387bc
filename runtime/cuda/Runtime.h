//===- Runtime.h - State shared by the CUDA runtime's files -----*- C++ -*-===//
//
// Internal to runtime/cuda: the context, error recording and the caller's
// stream, which CudaRuntime.cpp owns and the extern kernels (CublasGemm.cpp)
// use too.
//
//===----------------------------------------------------------------------===//

#ifndef SCHED_RUNTIME_CUDA_RUNTIME_H
#define SCHED_RUNTIME_CUDA_RUNTIME_H

#include <cuda.h>

#define SCHED_EXPORT extern "C" __attribute__((visibility("default")))

namespace sched_cuda {
/// Makes the device's primary context current; false (reported) on failure.
bool ensureContext();
/// Reports a failed driver call on stderr and records it for
/// sched_cuda_last_error; true when `result` is CUDA_SUCCESS.
bool check(CUresult result, const char *what);
/// Records `result` for sched_cuda_last_error (the first one is kept).
void recordError(CUresult result);
/// The stream set by sched_cuda_set_stream, or null when none is.
const CUstream *callerStreamIfSet();
} // namespace sched_cuda

#endif // SCHED_RUNTIME_CUDA_RUNTIME_H
