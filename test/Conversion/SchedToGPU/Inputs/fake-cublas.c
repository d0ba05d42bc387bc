// gemm-mapping.mlir's cuBLAS: cublasSgemmStridedBatched computed on host
// memory by its definition (column-major operands, op N or T, leading
// dimensions checked as cuBLAS checks them: status 7, INVALID_VALUE).
int cublasCreate_v2(void **handle) {
  static int h;
  *handle = &h;
  return 0;
}
int cublasSetStream_v2(void *handle, void *stream) { return 0; }
int cublasSgemmStridedBatched(void *handle, int opA, int opB, int m, int n,
                              int k, const float *alpha, const float *A,
                              int lda, long long strideA, const float *B,
                              int ldb, long long strideB, const float *beta,
                              float *C, int ldc, long long strideC,
                              int batch) {
  int rowsA = opA == 0 ? m : k, rowsB = opB == 0 ? k : n;
  if (lda < (rowsA > 1 ? rowsA : 1) || ldb < (rowsB > 1 ? rowsB : 1) ||
      ldc < (m > 1 ? m : 1))
    return 7;
  for (int b = 0; b < batch; ++b)
    for (int i = 0; i < m; ++i)
      for (int j = 0; j < n; ++j) {
        float s = 0;
        for (int l = 0; l < k; ++l) {
          float a = opA == 0 ? A[b * strideA + i + (long long)l * lda]
                             : A[b * strideA + l + (long long)i * lda];
          float x = opB == 0 ? B[b * strideB + l + (long long)j * ldb]
                             : B[b * strideB + j + (long long)l * ldb];
          s += a * x;
        }
        float *c = &C[b * strideC + i + (long long)j * ldc];
        *c = *alpha * s + *beta * *c;
      }
  return 0;
}
