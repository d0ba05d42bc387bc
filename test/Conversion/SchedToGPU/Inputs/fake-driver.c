// gemm-mapping.mlir's CUDA driver: every call succeeds and does nothing
// (sched_cuda_gemm only makes the context current and, without a caller's
// stream, synchronizes).
typedef int CUresult;
CUresult cuInit(unsigned flags) { return 0; }
CUresult cuDeviceGet(int *device, int ordinal) { *device = ordinal; return 0; }
CUresult cuDevicePrimaryCtxRetain(void **ctx, int device) {
  static int context;
  *ctx = &context;
  return 0;
}
CUresult cuCtxSetCurrent(void *ctx) { return 0; }
CUresult cuStreamSynchronize(void *stream) { return 0; }
CUresult cuGetErrorName(CUresult error, const char **name) {
  *name = "fake";
  return 0;
}
