#!/usr/bin/env bash
# Compiles a sched graph ahead of time for the CPU: schedule it (size
# symbols then take their hints: -sched-specialize-symbols),
# -sched-lower-to-llvm (parallel loops on OpenMP, vectorized reductions),
# LLVM IR, an object, a shared library linked with libomp (copied beside
# it, found through $ORIGIN), for a machine without LLVM. NAME is IN's file
# name without .mlir. Writes, into OUT_DIR:
#   libNAME.so       per graph, void _mlir_ciface_<graph>(memref descriptor
#                    *...): one per input, then per output (MLIR's C
#                    interface: allocated, aligned, offset, sizes, strides)
#   NAME.abi.json    those arguments (utils/graph-abi.py)
#   libomp.so.5      the OpenMP runtime the library needs
#
# Usage: scripts/build-cpu-library.sh IN.mlir OUT_DIR [LOWERING_OPTIONS]
#   LOWERING_OPTIONS go to -sched-lower-to-llvm (default
#   'parallel reassociate approximate-math'; '' for the serial, exact form).
# Env: BUILD_DIR (default build), MARCH (default x86-64-v3: AVX2, which
# the GPU machine's host has; 'native' for this machine), CLANG_FLAGS
# (more flags for clang's -O3 compile, e.g. '-Xclang -target-feature
# -Xclang -prefer-256-bit' for 512-bit vectors with x86-64-v4:
# -mprefer-vector-width does not reach the functions of an .ll input).
set -euo pipefail
in=$1
out=$2
opts=${3-parallel reassociate approximate-math}
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
march=${MARCH:-x86-64-v3}
llvm=/usr/lib/llvm-22
mkdir -p "$out"
name=$(basename "$in" .mlir)
"$build/bin/sched-opt" "$in" -sched-schedule -sched-specialize-symbols -convert-sched-to-scf -o "$out/$name.scf.mlir"
python3 "$here/utils/graph-abi.py" --target cpu "$out/$name.scf.mlir" -o "$out/$name.abi.json"
"$build/bin/sched-opt" "$in" -sched-schedule -sched-specialize-symbols -sched-lower-to-llvm="$opts" -o "$out/$name.llvm.mlir"
"$llvm/bin/mlir-translate" --mlir-to-llvmir "$out/$name.llvm.mlir" -o "$out/$name.ll"
"$llvm/bin/clang" -O3 -march="$march" ${CLANG_FLAGS:-} -fPIC -Wno-override-module -c "$out/$name.ll" -o "$out/$name.o"
libomp=$(readlink -f "$llvm/lib/libomp.so.5")
cp "$libomp" "$out/libomp.so.5"
"$llvm/bin/clang" -shared -o "$out/lib$name.so" "$out/$name.o" -L"$out" -l:libomp.so.5 \
  -lm -Wl,-rpath,'$ORIGIN'
rm -f "$out/$name.o" "$out/$name.ll" "$out/$name.llvm.mlir" "$out/$name.scf.mlir"
echo "$out/lib$name.so"
