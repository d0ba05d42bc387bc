#!/usr/bin/env bash
# The main job: sets up and builds, then runs sched-opt on the seed example
# (add = arg0_1 + arg1_1; sum_1 = add.sum(dim=1)) and shows what it does:
# the IR as parsed and verified, the scheduler state before fusion, and that
# state in Inductor's debug_str() text.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/setup.sh >/dev/null
example=examples/seed_add_sum_8x16.cuda.mlir
opt="$BUILD_DIR/bin/sched-opt"
cpu_example=examples/seed_add_sum_8x16.cpu.mlir

echo "== The seed program as Inductor hands it to Scheduler._init ($example)"
grep -v '^//' "$example" | sed '/^$/d'
echo
echo "== sched-opt $example   (parse, verify every invariant, print)"
"$opt" "$example"
echo
echo "== sched-opt $example -sched-pre-fusion   (Scheduler._init up to the fusion loop;"
echo "   dependencies, users and orders recorded as attributes)"
"$opt" "$example" -sched-pre-fusion
echo
echo "== sched-opt $example -sched-pre-fusion -sched-debug-str -o /dev/null"
echo "   (the state in Inductor's own debug_str() text; compare with inductor-dumps)"
"$opt" "$example" -sched-pre-fusion -sched-debug-str -o /dev/null
echo
echo "== sched-run $cpu_example   (schedule, lower to LLVM, JIT, run on seeded inputs;"
echo "   each output's checksum and first values, then fused vs unfused bit for bit)"
"$BUILD_DIR/bin/sched-run" "$cpu_example"
"$BUILD_DIR/bin/sched-run" "$cpu_example" --check-unfused
echo "   expected, computed independently: $(python3 utils/sched-run-reference.py)"
echo
echo "== sched-opt $example -sched-schedule -convert-sched-to-gpu   (the GPU kernel:"
echo "   a warp per row, 8 rows a block, a butterfly of shuffles; no GPU needed)"
"$opt" "$example" -sched-schedule -convert-sched-to-gpu | grep -E 'func.func|gpu.launch|gpu.shuffle|sched.strategy' | cut -c1-160
echo
echo "== ... -sched-lower-to-nvvm=format=isa   (its PTX for sm_90, the start)"
"$opt" "$example" -sched-schedule -sched-lower-to-nvvm=format=isa | python3 utils/extract-ptx.py | sed -n '1,24p'
