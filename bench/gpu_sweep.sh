#!/usr/bin/env bash
# Runs bench/gpu_bench.py on each variant directory under ROOT (one
# directory per set of -sched-lower-to-nvvm options, built with
# bench/build_gpu_libs.sh ROOT/NAME 'OPTIONS'), for CASES, and prints one
# JSON record per variant and case, "variant" added. Inductor is timed in
# each process again, so every ratio is against its own run.
# Usage: bench/gpu_sweep.sh ROOT "CASE..." [VARIANT...]
set -uo pipefail
cd "$(dirname "$0")/.."
root=$1
cases=$2
shift 2
variants=${*:-$(ls "$root")}
for v in $variants; do
  # shellcheck disable=SC2086
  python3 bench/gpu_bench.py --lib-dir "$root/$v" --cases $cases 2>/dev/null |
    sed "s/^{/{\"variant\": \"$v\", /"
done
