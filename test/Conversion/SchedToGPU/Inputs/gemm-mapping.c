// gemm-mapping.mlir's driver program: sched_cuda_gemm (runtime/cuda) on
// host memory, through a fake driver and a reference cuBLAS, against the
// row-major product it must compute, for row- and column-major operands,
// sizes of 1, batches and beta.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
void sched_cuda_gemm(int64_t a, int64_t b, int64_t c, int64_t batch, int64_t m,
                     int64_t n, int64_t k, int64_t aBatch, int64_t aRow,
                     int64_t aCol, int64_t bBatch, int64_t bRow, int64_t bCol,
                     int64_t cBatch, int64_t cRow, float beta);
int sched_cuda_last_error(void);

static int check(int batch, int m, int n, int k, int aColMajor, int bColMajor,
                 float beta) {
  // Operands in their layouts; batch strides are whole matrices.
  int aRow = aColMajor ? 1 : k, aCol = aColMajor ? m : 1;
  int bRow = bColMajor ? 1 : n, bCol = bColMajor ? k : 1;
  float *A = malloc(sizeof(float) * batch * m * k);
  float *B = malloc(sizeof(float) * batch * k * n);
  float *C = malloc(sizeof(float) * batch * m * n);
  float *want = malloc(sizeof(float) * batch * m * n);
  for (int t = 0; t < batch; ++t) {
    for (int i = 0; i < m; ++i)
      for (int l = 0; l < k; ++l)
        A[t * m * k + i * aRow + l * aCol] = (float)((i * 7 + l * 3 + t) % 11) - 5;
    for (int l = 0; l < k; ++l)
      for (int j = 0; j < n; ++j)
        B[t * k * n + l * bRow + j * bCol] = (float)((l * 5 + j * 2 + t) % 13) - 6;
    for (int i = 0; i < m; ++i)
      for (int j = 0; j < n; ++j) {
        float s = 0;
        for (int l = 0; l < k; ++l)
          s += A[t * m * k + i * aRow + l * aCol] * B[t * k * n + l * bRow + j * bCol];
        C[t * m * n + i * n + j] = 1.0f + i + j;
        want[t * m * n + i * n + j] = s + beta * (1.0f + i + j);
      }
  }
  sched_cuda_gemm((int64_t)(intptr_t)A, (int64_t)(intptr_t)B, (int64_t)(intptr_t)C,
                  batch, m, n, k, m * k, aRow, aCol, k * n, bRow, bCol, m * n, n, beta);
  int bad = sched_cuda_last_error() != 0;
  for (int e = 0; e < batch * m * n; ++e)
    bad |= C[e] != want[e];
  if (bad)
    printf("MISMATCH batch %d m %d n %d k %d A %s B %s beta %g\n", batch, m, n,
           k, aColMajor ? "col" : "row", bColMajor ? "col" : "row", beta);
  free(A), free(B), free(C), free(want);
  return bad;
}

int main(void) {
  int sizes[][4] = {{1, 3, 4, 5}, {1, 1, 4, 5}, {1, 3, 1, 5}, {1, 3, 4, 1},
                    {1, 1, 1, 3}, {2, 3, 4, 5}, {3, 2, 2, 2}};
  int cases = 0, bad = 0;
  for (unsigned s = 0; s < sizeof sizes / sizeof sizes[0]; ++s)
    for (int ac = 0; ac < 2; ++ac)
      for (int bc = 0; bc < 2; ++bc)
        for (int be = 0; be < 2; ++be) {
          bad += check(sizes[s][0], sizes[s][1], sizes[s][2], sizes[s][3], ac,
                       bc, (float)be);
          ++cases;
        }
  printf("%d cases, %d mismatched\n", cases, bad);
  return bad != 0;
}
