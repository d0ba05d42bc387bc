#!/usr/bin/env bash
# Builds every case of bench/gpu_programs.py as bench/build_gpu_libs.sh
# does, but with PTX (format=isa) whose global loads carry evict_first
# hints (bench/diagnostics/ptx_evict_first.py): a measurement aid for the
# L2 flush's effect, run with bench/gpu_bench.py --lib-dir OUT_DIR.
# Usage: bench/diagnostics/build_evict_first_libs.sh OUT_DIR [PIPELINE_OPTIONS]
# Env: EVICT=0 keeps the PTX as it is (the same JIT-loaded build, to compare).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1
opts=${2:-}
build=${BUILD_DIR:-build}
cuda=${CUDA_HOME:-/usr/local/cuda}
llvm_bin=/usr/lib/llvm-22/bin
mkdir -p "$out"
python3 -c "
import sys; sys.path.insert(0, 'bench')
import gpu_programs as p
for c, (_, _, path) in p.CASES.items():
    print(c, path)" | while read -r case path; do
  tmp=$(mktemp -d)
  sed "s/^\( *sched\.graph @\)[A-Za-z0-9_]*/\1$case/" "$path" > "$tmp/$case.mlir"
  "$build/bin/sched-opt" "$tmp/$case.mlir" -sched-schedule \
    -sched-to-nvvm-kernels="$opts toolkit=$cuda" -o "$tmp/$case.gpu.mlir"
  "$build/bin/sched-opt" "$tmp/$case.mlir" -sched-schedule \
    -sched-lower-to-nvvm="$opts format=isa toolkit=$cuda" -o "$tmp/$case.isa.mlir"
  if [ "${EVICT:-1}" = 0 ]; then
    cp "$tmp/$case.isa.mlir" "$tmp/$case.llvm.mlir"
  else
    python3 bench/diagnostics/ptx_evict_first.py "$tmp/$case.isa.mlir" "$tmp/$case.llvm.mlir" 2>/dev/null
  fi
  "$llvm_bin/mlir-translate" --mlir-to-llvmir "$tmp/$case.llvm.mlir" -o "$tmp/$case.ll"
  "$llvm_bin/clang" -O2 -fPIC -Wno-override-module -c "$tmp/$case.ll" -o "$tmp/$case.o"
  "$llvm_bin/clang++" -shared -o "$out/lib$case.so" "$tmp/$case.o" \
    "$build/lib/libSchedCudaRuntime.a" -L"$cuda/lib64/stubs" -lcuda -Wl,-Bsymbolic
  python3 utils/graph-abi.py --target cuda "$tmp/$case.gpu.mlir" -o "$out/$case.abi.json"
  rm -rf "$tmp"
  echo "built $case"
done
