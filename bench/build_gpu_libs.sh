#!/usr/bin/env bash
# Builds the library of every case of bench/gpu_programs.py whose graph file
# exists, into OUT_DIR (default build-gpu-libs), named after the case.
# Usage: bench/build_gpu_libs.sh [OUT_DIR] [PIPELINE_OPTIONS]
# Env: CASE_SET=size_variants builds gpu_programs.SIZE_VARIANTS instead.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-gpu-libs}
opts=${2:-}
mkdir -p "$out"
python3 -c "
import sys; sys.path.insert(0, 'bench')
import gpu_programs as p
cases = p.SIZE_VARIANTS if '${CASE_SET:-}' == 'size_variants' else p.CASES
for c, (_, _, path) in cases.items():
    print(c, path)" | while read -r case path; do
  [ -f "$path" ] || { echo "skip $case: no $path"; continue; }
  # The library and its ABI are named after the case.
  tmp=$(mktemp -d)
  sed "s/^\( *sched\.graph @\)[A-Za-z0-9_]*/\1$case/" "$path" > "$tmp/$case.mlir"
  if scripts/build-cuda-library.sh "$tmp/$case.mlir" "$out" "$opts" >/dev/null; then
    echo "built $case"
  else
    echo "FAILED $case"
  fi
  rm -rf "$tmp"
done
