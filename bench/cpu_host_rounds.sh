#!/usr/bin/env bash
# Runs bench/cpu_aot_bench.py in ROUNDS rounds on the machine that has the
# libraries (the GPU machine's 16-core host, in a device run), one process
# per (round, library directory), alternating which side is timed first:
# in one process the side timed second ran faster on that host
# (bench/README.md, session 15), so odd rounds time ours first and even
# rounds Inductor first. Writes OUT/<dir name>-<round>.json.
#
#   bench/cpu_host_rounds.sh OUT ROUNDS DIR...     # e.g. $OUT 2 build-gpu-carry/cpu/default
#
# Env: OMP_NUM_THREADS (default 16), THP_MEM_ALLOC_ENABLE (passed through:
# 1 gives both sides huge-page fresh outputs), REPEATS (default 5), CASES
# (default: every case with a library).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
rounds=$2
shift 2
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-16}
for ((r = 1; r <= rounds; ++r)); do
  first=()
  ((r % 2 == 0)) && first=(--inductor-first)
  for dir in "$@"; do
    python3 bench/cpu_aot_bench.py --lib-dir "$dir" --machine h200-host \
      --repeats "${REPEATS:-5}" ${CASES:+--cases $CASES} "${first[@]}" \
      --json "$out/$(basename "$dir")-$r.json"
  done
done
