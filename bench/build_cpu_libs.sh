#!/usr/bin/env bash
# Builds, for bench/cpu_aot_bench.py on another machine, the library of
# every case of bench/cpu_programs.py (bench/cpu/<case>.mlir) and the
# STREAM-like probe, into OUT_DIR (default build-cpu-libs).
# Env: MARCH (default x86-64-v3); OPTS, the -sched-lower-to-llvm options
# (default parallel reassociate approximate-math; add e.g. streaming-stores, outer-lanes=64
# transposed-tile-depth=8 to measure those on the host).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-cpu-libs}
mkdir -p "$out"
for f in bench/cpu/*.mlir; do
  scripts/build-cpu-library.sh "$f" "$out" "${OPTS:-parallel reassociate approximate-math}" >/dev/null
  echo "built $(basename "$f" .mlir)"
done
/usr/lib/llvm-22/bin/clang -O3 -march="${MARCH:-x86-64-v3}" -fopenmp bench/cpu_stream.c \
  -o "$out/cpu_stream" -L"$out" -l:libomp.so.5 -Wl,-rpath,'$ORIGIN'
