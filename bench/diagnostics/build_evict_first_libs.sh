#!/usr/bin/env bash
# Builds every case of bench/gpu_programs.py as bench/build_gpu_libs.sh
# does, with PTX (format=isa, JIT-loaded by the driver) whose global loads
# carry evict_first hints (bench/diagnostics/ptx_evict_first.py): a
# measurement aid for the L2 flush's effect, run with
# bench/gpu_bench.py --lib-dir OUT_DIR.
# Usage: bench/diagnostics/build_evict_first_libs.sh OUT_DIR [PIPELINE_OPTIONS]
# Env: EVICT=0 keeps the PTX as it is (the same JIT-loaded build, to compare).
set -euo pipefail
cd "$(dirname "$0")/../.."
filter="python3 bench/diagnostics/ptx_evict_first.py"
[ "${EVICT:-1}" = 0 ] && filter=""
# From a build without the lowering's own hints, so every load is rewritten.
HOST_FILTER=$filter bench/build_gpu_libs.sh "$1" "format=isa eviction-hints=false ${2:-}"
