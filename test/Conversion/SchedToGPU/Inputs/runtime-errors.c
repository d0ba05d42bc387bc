// runtime.mlir's driver program: calls the runtime without a GPU (the CUDA
// toolkit's stub driver answers every call with CUDA_ERROR_STUB_LIBRARY).
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
void *mgpuModuleLoad(void *data, size_t size);
void *mgpuStreamCreate(void);
void mgpuStreamSynchronize(void *stream);
void *mgpuMemAlloc(uint64_t bytes, void *stream, _Bool hostShared);
int sched_cuda_last_error(void);
void sched_cuda_set_stream(void *stream);
void sched_cuda_gemm(int64_t a, int64_t b, int64_t c, int64_t batch, int64_t m,
                     int64_t n, int64_t k, int64_t aBatch, int64_t aRow,
                     int64_t aCol, int64_t bBatch, int64_t bRow, int64_t bCol,
                     int64_t cBatch, int64_t cRow, float beta);
int main(void) {
  char image[16] = {0};
  void *m = mgpuModuleLoad(image, sizeof image);
  printf("module %s, error %d\n", m ? "loaded" : "null", sched_cuda_last_error());
  printf("error after query %d\n", sched_cuda_last_error());
  sched_cuda_set_stream((void *)0x1234);
  printf("caller stream %s\n", mgpuStreamCreate() == (void *)0x1234 ? "used" : "not used");
  // An extern mm without cuBLAS (SCHED_CUBLAS names a missing file).
  sched_cuda_gemm(0, 0, 0, 1, 4, 4, 4, 0, 4, 1, 0, 4, 1, 0, 4, 0.0f);
  printf("gemm error %d\n", sched_cuda_last_error());
  return 0;
}
