#!/usr/bin/env bash
# Compiles a sched graph ahead of time for an NVIDIA GPU: schedule it,
# -sched-lower-to-nvvm (kernels to a cubin through ptxas), host code to an
# object, linked with runtime/cuda into a shared library whose only need
# where it runs is the CUDA driver (libcuda.so.1). Writes, into OUT_DIR:
#   lib<graph>.so      void <graph>(void *arg0, ...): device pointers to each
#                      input's, then each output's storage (base pointer)
#   <graph>.abi.json   those arguments: name, dtype, extent in elements
#   <graph>.gpu.mlir   host code with gpu.launch_func, kernels in NVVM: for reading
#
# Usage: scripts/build-cuda-library.sh IN.mlir OUT_DIR [PIPELINE_OPTIONS]
#   PIPELINE_OPTIONS go to -sched-lower-to-nvvm, e.g. 'block-size=512 unfused'
# Env: BUILD_DIR (default build), SCHEDULE (default -sched-schedule
# -sched-specialize-symbols: size symbols take their hints; empty for an
# already scheduled, static graph), CUDA_HOME (default /usr/local/cuda),
# HOST_FILTER (a command run as `HOST_FILTER IN OUT` on the host MLIR before
# its translation: measurement aids such as bench/diagnostics/ptx_evict_first.py).
set -euo pipefail
in=$1
out=$2
opts=${3:-}
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
cuda=${CUDA_HOME:-/usr/local/cuda}
schedule=${SCHEDULE--sched-schedule -sched-specialize-symbols}
llvm_bin=/usr/lib/llvm-22/bin
mkdir -p "$out"

graph=$(basename "$in" .mlir)
if ! grep -q "sched\.graph @" "$in"; then
  echo "build-cuda-library: no sched.graph in $in" >&2
  exit 1
fi
if [ ! -f "$build/lib/libSchedCudaRuntime.a" ]; then
  echo "build-cuda-library: $build/lib/libSchedCudaRuntime.a is missing (configure with a CUDA toolkit)" >&2
  exit 1
fi
# shellcheck disable=SC2086
"$build/bin/sched-opt" "$in" $schedule \
  -sched-to-nvvm-kernels="$opts toolkit=$cuda" -o "$out/$graph.gpu.mlir"
# shellcheck disable=SC2086
"$build/bin/sched-opt" "$in" $schedule \
  -sched-lower-to-nvvm="$opts toolkit=$cuda" -o "$out/$graph.llvm.mlir"
if [ -n "${HOST_FILTER:-}" ]; then
  # shellcheck disable=SC2086
  $HOST_FILTER "$out/$graph.llvm.mlir" "$out/$graph.filtered.mlir"
  mv "$out/$graph.filtered.mlir" "$out/$graph.llvm.mlir"
fi
"$llvm_bin/mlir-translate" --mlir-to-llvmir "$out/$graph.llvm.mlir" -o "$out/$graph.ll"
"$llvm_bin/clang" -O2 -fPIC -Wno-override-module -c "$out/$graph.ll" -o "$out/$graph.o"
"$llvm_bin/clang++" -shared -o "$out/lib$graph.so" "$out/$graph.o" \
  "$build/lib/libSchedCudaRuntime.a" -L"$cuda/lib64/stubs" -lcuda -Wl,-Bsymbolic
python3 "$here/utils/graph-abi.py" --target cuda "$out/$graph.gpu.mlir" -o "$out/$graph.abi.json"
rm -f "$out/$graph.o" "$out/$graph.ll"
echo "$out/lib$graph.so"
