//===- CudaRuntime.cpp - What -sched-lower-to-nvvm's host code calls ------===//
//
// The host code of a graph lowered by -sched-lower-to-nvvm calls mgpu*
// functions (the names and signatures MLIR's gpu-to-llvm lowering emits):
// load the kernels' module, look a kernel up, launch it, allocate and free
// device memory, on a stream. This library provides them on the CUDA
// driver API alone, so a graph's shared library needs nothing but the
// driver (libcuda.so.1) where it runs.
//
// Streams: every call of a graph function creates one stream, launches in
// order on it and synchronizes it at the end. A caller that already has a
// stream (PyTorch's current stream) sets it with sched_cuda_set_stream; the
// graph's work is then queued on that stream, and with
// sched_cuda_set_synchronous(0) the call returns without waiting, as a
// PyTorch op does.
//
// Errors: a failing driver call is reported on stderr once and recorded;
// sched_cuda_last_error returns the first since the last query.
//
//===----------------------------------------------------------------------===//

#include <cuda.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <mutex>

#include "Runtime.h"

namespace sched_cuda {
namespace {
std::mutex initMutex;
/// Set once, under initMutex; read on every launch without it.
std::atomic<CUcontext> context{nullptr};
CUdevice device = 0;
int defaultDevice = 0;
CUstream callerStream = nullptr;
bool hasCallerStream = false;
bool synchronous = true;
thread_local CUresult lastError = CUDA_SUCCESS;
} // namespace

void recordError(CUresult result) {
  if (lastError == CUDA_SUCCESS)
    lastError = result;
}

bool check(CUresult result, const char *what) {
  if (result == CUDA_SUCCESS)
    return true;
  const char *name = nullptr;
  if (cuGetErrorName(result, &name) != CUDA_SUCCESS)
    name = nullptr;
  std::fprintf(stderr, "sched-cuda-runtime: %s failed: CUresult %d%s%s\n",
               what, static_cast<int>(result), name ? " " : "",
               name ? name : "");
  recordError(result);
  return false;
}

/// The device's primary context (the one PyTorch uses), current on this
/// thread. Retained once; every launch only makes it current (no lock).
bool ensureContext() {
  CUcontext current = context.load(std::memory_order_acquire);
  if (!current) {
    std::lock_guard<std::mutex> lock(initMutex);
    current = context.load(std::memory_order_relaxed);
    if (!current) {
      if (!check(cuInit(0), "cuInit") ||
          !check(cuDeviceGet(&device, defaultDevice), "cuDeviceGet") ||
          !check(cuDevicePrimaryCtxRetain(&current, device),
                 "cuDevicePrimaryCtxRetain"))
        return false;
      context.store(current, std::memory_order_release);
    }
  }
  return check(cuCtxSetCurrent(current), "cuCtxSetCurrent");
}

const CUstream *callerStreamIfSet() {
  return hasCallerStream ? &callerStream : nullptr;
}
} // namespace sched_cuda

using namespace sched_cuda;

//===----------------------------------------------------------------------===//
// The caller's controls
//===----------------------------------------------------------------------===//

/// Work of later graph calls goes on `stream` (a CUstream; null: the
/// legacy default stream) instead of a stream of their own.
SCHED_EXPORT void sched_cuda_set_stream(void *stream) {
  callerStream = static_cast<CUstream>(stream);
  hasCallerStream = true;
}

/// Back to a stream of the call's own.
SCHED_EXPORT void sched_cuda_reset_stream() { hasCallerStream = false; }

/// Whether a graph call waits for its work on the caller's stream (default
/// 1). A call on a stream of its own always waits.
SCHED_EXPORT void sched_cuda_set_synchronous(int on) { synchronous = on; }

/// The first CUresult that failed since the last query (0: none).
SCHED_EXPORT int sched_cuda_last_error() {
  int e = lastError;
  lastError = CUDA_SUCCESS;
  return e;
}

//===----------------------------------------------------------------------===//
// mgpu*: what gpu-to-llvm's host code calls
//===----------------------------------------------------------------------===//

SCHED_EXPORT void mgpuSetDefaultDevice(int32_t ordinal) {
  defaultDevice = ordinal;
}

SCHED_EXPORT CUmodule mgpuModuleLoad(void *data, size_t /*size*/) {
  CUmodule module = nullptr;
  if (ensureContext())
    check(cuModuleLoadData(&module, data), "cuModuleLoadData");
  return module;
}

SCHED_EXPORT CUmodule mgpuModuleLoadJIT(void *data, int optLevel) {
  CUmodule module = nullptr;
  if (!ensureContext())
    return nullptr;
  CUjit_option options[] = {CU_JIT_OPTIMIZATION_LEVEL};
  void *values[] = {reinterpret_cast<void *>(static_cast<intptr_t>(optLevel))};
  check(cuModuleLoadDataEx(&module, data, 1, options, values),
        "cuModuleLoadDataEx");
  return module;
}

SCHED_EXPORT void mgpuModuleUnload(CUmodule module) {
  // At process exit the driver may be torn down before this destructor
  // runs; the module is gone with it then, so a failure is not reported.
  if (module)
    cuModuleUnload(module);
}

SCHED_EXPORT CUfunction mgpuModuleGetFunction(CUmodule module,
                                              const char *name) {
  CUfunction function = nullptr;
  if (module)
    check(cuModuleGetFunction(&function, module, name),
          "cuModuleGetFunction");
  return function;
}

SCHED_EXPORT void mgpuLaunchKernel(CUfunction function, intptr_t gridX,
                                   intptr_t gridY, intptr_t gridZ,
                                   intptr_t blockX, intptr_t blockY,
                                   intptr_t blockZ, int32_t smem,
                                   CUstream stream, void **params,
                                   void **extra, size_t /*paramsCount*/) {
  if (!function)
    return; // its module failed to load; reported then
  ensureContext();
  check(cuLaunchKernel(function, gridX, gridY, gridZ, blockX, blockY, blockZ,
                       smem, stream, params, extra),
        "cuLaunchKernel");
}

SCHED_EXPORT CUstream mgpuStreamCreate() {
  if (hasCallerStream)
    return callerStream;
  CUstream stream = nullptr;
  if (ensureContext())
    check(cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING), "cuStreamCreate");
  return stream;
}

SCHED_EXPORT void mgpuStreamDestroy(CUstream stream) {
  if (hasCallerStream && stream == callerStream)
    return;
  check(cuStreamDestroy(stream), "cuStreamDestroy");
}

SCHED_EXPORT void mgpuStreamSynchronize(CUstream stream) {
  if (hasCallerStream && stream == callerStream && !synchronous)
    return;
  check(cuStreamSynchronize(stream), "cuStreamSynchronize");
}

SCHED_EXPORT void mgpuStreamWaitEvent(CUstream stream, CUevent event) {
  check(cuStreamWaitEvent(stream, event, 0), "cuStreamWaitEvent");
}

SCHED_EXPORT CUevent mgpuEventCreate() {
  CUevent event = nullptr;
  if (ensureContext())
    check(cuEventCreate(&event, CU_EVENT_DISABLE_TIMING), "cuEventCreate");
  return event;
}

SCHED_EXPORT void mgpuEventDestroy(CUevent event) {
  check(cuEventDestroy(event), "cuEventDestroy");
}

SCHED_EXPORT void mgpuEventSynchronize(CUevent event) {
  check(cuEventSynchronize(event), "cuEventSynchronize");
}

SCHED_EXPORT void mgpuEventRecord(CUevent event, CUstream stream) {
  check(cuEventRecord(event, stream), "cuEventRecord");
}

/// Stream-ordered allocation (the driver's default memory pool), so an
/// intermediate buffer costs no synchronization.
SCHED_EXPORT void *mgpuMemAlloc(uint64_t bytes, CUstream stream,
                                bool isHostShared) {
  if (!ensureContext())
    return nullptr;
  CUdeviceptr ptr = 0;
  if (bytes == 0)
    return nullptr;
  if (isHostShared)
    check(cuMemAllocManaged(&ptr, bytes, CU_MEM_ATTACH_GLOBAL),
          "cuMemAllocManaged");
  else
    check(cuMemAllocAsync(&ptr, bytes, stream), "cuMemAllocAsync");
  return reinterpret_cast<void *>(ptr);
}

SCHED_EXPORT void mgpuMemFree(void *ptr, CUstream stream) {
  if (ptr)
    check(cuMemFreeAsync(reinterpret_cast<CUdeviceptr>(ptr), stream),
          "cuMemFreeAsync");
}

SCHED_EXPORT void mgpuMemcpy(void *dst, void *src, size_t bytes,
                             CUstream stream) {
  check(cuMemcpyAsync(reinterpret_cast<CUdeviceptr>(dst),
                      reinterpret_cast<CUdeviceptr>(src), bytes, stream),
        "cuMemcpyAsync");
}

SCHED_EXPORT void mgpuMemset32(void *dst, uint32_t value, size_t count,
                               CUstream stream) {
  check(cuMemsetD32Async(reinterpret_cast<CUdeviceptr>(dst), value, count,
                         stream),
        "cuMemsetD32Async");
}

SCHED_EXPORT void mgpuMemset16(void *dst, uint16_t value, size_t count,
                               CUstream stream) {
  check(cuMemsetD16Async(reinterpret_cast<CUdeviceptr>(dst), value, count,
                         stream),
        "cuMemsetD16Async");
}
