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
int main(void) {
  char image[16] = {0};
  void *m = mgpuModuleLoad(image, sizeof image);
  printf("module %s, error %d\n", m ? "loaded" : "null", sched_cuda_last_error());
  printf("error after query %d\n", sched_cuda_last_error());
  sched_cuda_set_stream((void *)0x1234);
  printf("caller stream %s\n", mgpuStreamCreate() == (void *)0x1234 ? "used" : "not used");
  return 0;
}
