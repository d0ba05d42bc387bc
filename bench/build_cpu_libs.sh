#!/usr/bin/env bash
# Builds, for bench/cpu_aot_bench.py on another machine, the library of
# every case of bench/cpu_programs.py (bench/cpu/<case>.mlir) and the
# STREAM-like probe, into OUT_DIR (default build-cpu-libs), and records how
# in OUT_DIR/build.json (cpu_aot_bench.py copies it into its records).
# Env: MARCH (default x86-64-v4: the GPU machine's host has AVX-512, and
# Inductor's C++ kernels use it there), CLANG_FLAGS (default: prefer
# 512-bit vectors, which x86-64-v4's tuning otherwise declines; see
# bench/README.md, session 15), OPTS, the -sched-lower-to-llvm options
# (default parallel reassociate approximate-math streaming-stores
# prefetch-next-outer: on the host, paired rounds found softmax, layernorm
# and rmsnorm+residual a third faster with both, bench/README.md session 16;
# set OPTS to measure others, e.g. outer-lanes=64 transposed-tile-depth=8).
# MARCH=x86-64-v3 CLANG_FLAGS= builds for AVX2 machines.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-cpu-libs}
export MARCH=${MARCH-x86-64-v4}
export CLANG_FLAGS=${CLANG_FLAGS--Xclang -target-feature -Xclang -prefer-256-bit}
opts=${OPTS:-parallel reassociate approximate-math streaming-stores prefetch-next-outer}
mkdir -p "$out"
for f in bench/cpu/*.mlir; do
  scripts/build-cpu-library.sh "$f" "$out" "$opts" >/dev/null
  echo "built $(basename "$f" .mlir)"
done
/usr/lib/llvm-22/bin/clang -O3 -march="$MARCH" -fopenmp bench/cpu_stream.c \
  -o "$out/cpu_stream" -L"$out" -l:libomp.so.5 -Wl,-rpath,'$ORIGIN'
python3 - "$out/build.json" "$opts" "$MARCH" "$CLANG_FLAGS" "$(git describe --always --dirty 2>/dev/null || echo unknown)" <<'PY'
import json, sys
path, opts, march, flags, code = sys.argv[1:]
json.dump({"lowering_options": opts, "clang_flags": f"-O3 -march={march} {flags}".strip(),
           "code": code}, open(path, "w"), indent=1)
PY
