#!/usr/bin/env bash
# The main job: sets up and builds, then runs sched-opt on the seed example
# (add = arg0_1 + arg1_1; sum_1 = add.sum(dim=1)) and shows what it does.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/setup.sh >/dev/null
example=examples/seed_add_sum_8x16.cuda.mlir
opt="$BUILD_DIR/bin/sched-opt"

echo "== The seed program as Inductor hands it to Scheduler._init ($example)"
grep -v '^//' "$example" | sed '/^$/d'
echo
echo "== sched-opt $example   (parse, verify every invariant, print)"
"$opt" "$example"
echo
echo "== sched-opt $example --mlir-print-op-generic   (the same IR, generic form)"
"$opt" "$example" --mlir-print-op-generic
