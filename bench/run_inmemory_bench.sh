#!/usr/bin/env bash
# Times the steps of Scheduler._init in memory (tools/sched-bench): one
# SchedulerGraph per graph, every step run on it, the state stored back into
# the IR once. Prints one JSON line per graph (seconds, best of 3).
#
#   bench/run_inmemory_bench.sh [graph-dir] [sizes]
#
# Graphs come from bench/gen_graph.py (generated if missing). The ancestors
# step records only the orders. FUSE=1 also runs the fusion loop and
# merge_loops; ANCESTOR_SETS=1 makes fusion use Inductor's ancestor sets
# (quadratic on deep graphs) instead of its order-bounded searches.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/sched-bench-graphs}
sizes=${2:-1000,10000,100000}
python3 bench/gen_graph.py -o "$dir" --shapes chain,fanout,transformer --sizes "$sizes" >/dev/null
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for shape in chain fanout transformer; do
  for n in ${sizes//,/ }; do
    build/bin/sched-bench "$dir/${shape}_$n.mlir" --repeat 3 ${FUSE:+--fuse} ${ANCESTOR_SETS:+--ancestor-sets}
  done
done
