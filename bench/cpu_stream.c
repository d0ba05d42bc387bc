// A STREAM-like bandwidth probe for bench/cpu_bench.py: copy (a = b), add
// (a = b + c) and triad (a = b + s*c) over float arrays far larger than the
// caches, on OpenMP threads (OMP_NUM_THREADS, as sched-run --parallel).
// Prints one JSON object: the median GB/s of each kernel over the repeats,
// counting each array read or written once (STREAM's convention; no
// write-allocate traffic).
//
//   clang -O3 -march=native -fopenmp bench/cpu_stream.c -o cpu_stream
//   ./cpu_stream [elements per array, default 2^26] [repeats, default 10]
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

static double now(void) { return omp_get_wtime(); }

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1L << 26;
  int reps = argc > 2 ? atoi(argv[2]) : 10;
  float *a = aligned_alloc(64, n * sizeof(float));
  float *b = aligned_alloc(64, n * sizeof(float));
  float *c = aligned_alloc(64, n * sizeof(float));
  if (!a || !b || !c)
    return 1;
#pragma omp parallel for schedule(static)
  for (long i = 0; i < n; ++i) { // first touch on the threads that use it
    a[i] = 0.0f;
    b[i] = 1.0f;
    c[i] = 2.0f;
  }
  double *t = malloc(3 * reps * sizeof(double));
  const float s = 3.0f;
  for (int r = 0; r < reps; ++r) {
    double t0 = now();
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i)
      a[i] = b[i];
    double t1 = now();
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i)
      a[i] = b[i] + c[i];
    double t2 = now();
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i)
      a[i] = b[i] + s * c[i];
    double t3 = now();
    t[r] = t1 - t0;
    t[reps + r] = t2 - t1;
    t[2 * reps + r] = t3 - t2;
  }
  double bytes[3] = {2.0 * n * sizeof(float), 3.0 * n * sizeof(float),
                     3.0 * n * sizeof(float)};
  const char *names[3] = {"copy", "add", "triad"};
  printf("{\"threads\": %d, \"elements\": %ld, \"repeats\": %d", omp_get_max_threads(), n, reps);
  for (int k = 0; k < 3; ++k) {
    qsort(t + k * reps, reps, sizeof(double), cmp);
    printf(", \"%s_GBps\": %.3f", names[k], bytes[k] / t[k * reps + reps / 2] / 1e9);
  }
  printf(", \"check\": %g}\n", (double)a[n / 2]);
  return 0;
}
