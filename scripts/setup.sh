#!/usr/bin/env bash
# Installs what InductorSched needs on Debian 12 (only what is missing),
# then configures and builds it incrementally in ./build.
#
#   scripts/setup.sh            # everything: sched-opt, unit tests, lit deps
#
# Environment: BUILD_DIR (default: build), JOBS (default: nproc).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
LLVM_PREFIX=/usr/lib/llvm-22

# Debian's LLVM/MLIR 22 (libmlir-22-dev does not pull mlir-22-tools, yet
# MLIR's CMake package needs mlir-tblgen), the build tools, GoogleTest and
# LLVM's OpenMP runtime (sched-run --parallel loads libomp into the JIT).
PACKAGES=(llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools clang-22
          cmake ninja-build libgtest-dev libomp-22-dev)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -G Ninja -S . -B "$BUILD_DIR" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=$LLVM_PREFIX/bin/clang \
    -DCMAKE_CXX_COMPILER=$LLVM_PREFIX/bin/clang++ \
    -DMLIR_DIR=$LLVM_PREFIX/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=$LLVM_PREFIX/bin/lit \
    -DSCHED_BUILD_UNITTESTS=ON
fi
targets=(sched-opt sched-run sched-bench InductorSchedUnitTests)
# The GPU libraries' runtime, where CMake found a CUDA toolkit. (grep reads
# the whole list: with -q it could exit first, and under pipefail ninja's
# SIGPIPE would then read as "no such target", skipping the GPU tests.)
if ninja -C "$BUILD_DIR" -t targets all 2>/dev/null | grep '^SchedCudaRuntime:' >/dev/null; then
  targets+=(SchedCudaRuntime)
fi
ninja -C "$BUILD_DIR" -j "$JOBS" "${targets[@]}"
