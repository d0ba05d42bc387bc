#!/usr/bin/env bash
# Builds a GPU library of every test/corpus/*.cuda.mlir that lowers
# (scheduled, size symbols specialized to their hints), into OUT_DIR, for
# bench/gpu_corpus_check.py. Usage: bench/build_gpu_corpus_libs.sh OUT_DIR
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bench/build_gpu_corpus_libs.sh OUT_DIR}
mkdir -p "$out"
for f in test/corpus/*.cuda.mlir; do
  if scripts/build-cuda-library.sh "$f" "$out" >/dev/null 2>"$out/$(basename "$f" .mlir).err"; then
    rm -f "$out/$(basename "$f" .mlir).err"
    echo "built $(basename "$f" .cuda.mlir)"
  else
    echo "not built $(basename "$f" .cuda.mlir): $(head -1 "$out/$(basename "$f" .mlir).err")"
  fi
done
