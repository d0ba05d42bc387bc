#!/usr/bin/env bash
# On the GPU machine: export the seven programs of bench/gpu_programs.py
# with Inductor on cuda into OUT_DIR/<case>.mlir (checked in as bench/gpu/).
# Usage: bench/gpu_export.sh OUT_DIR
set -uo pipefail
out=$1
mkdir -p "$out"
cd "$(dirname "$0")/.."
export PYTHONPATH=python
for spec in $(python3 -c "
import sys; sys.path.insert(0, 'bench')
import gpu_programs as p
for c in p.EXPORTED:
    fn, shapes, _ = p.CASES[c]
    print(f'{c}:{fn.__name__}:{shapes}')"); do
  IFS=: read -r case fn shapes <<<"$spec"
  [ -n "${ONLY:-}" ] && [ "$ONLY" != "$case" ] && continue
  # softmax: Inductor 2.11's online softmax (on by default on cuda) is a
  # reduction kind the dialect lacks, so it is exported without it.
  online=1
  [ "$case" = softmax ] && online=0
  TORCHINDUCTOR_ONLINE_SOFTMAX=$online python3 -m inductor_sched export "bench/programs.py:$fn" --shapes "$shapes" \
    --device cuda --name "$case" -o "$out/$case.mlir" || echo "export of $case failed"
done
ls -la "$out"
