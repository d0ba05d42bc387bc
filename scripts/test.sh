#!/usr/bin/env bash
# Sets up and builds (scripts/setup.sh), then runs every test: the lit suite
# (FileCheck and -verify-diagnostics tests) and the GoogleTest unit tests.
# Ends with one line the CI runner reads: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}

scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

lit_out=$(/usr/lib/llvm-22/bin/lit -sv "$BUILD_DIR/test" 2>&1)
lit_rc=$?
echo "$lit_out"
count() { echo "$lit_out" | awk -v re="$1" '$0 ~ re { split($0, a, ":"); s += a[2] + 0 } END { print s + 0 }'; }
lit_passed=$(count '^ *(Passed|Expectedly Failed) *:')
lit_failed=$(count '^ *(Failed|Unresolved|Timed Out|Unexpectedly Passed) *:')

gtest_out=$("$BUILD_DIR/unittests/InductorSchedUnitTests" 2>&1)
gtest_rc=$?
echo "$gtest_out" | tail -n 3
gtest_passed=$(echo "$gtest_out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p')
gtest_failed=$(echo "$gtest_out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p')

passed=$(( ${lit_passed:-0} + ${gtest_passed:-0} ))
failed=$(( ${lit_failed:-0} + ${gtest_failed:-0} ))
# A suite that crashed before reporting counts as one failure.
if [ $lit_rc -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ $gtest_rc -ne 0 ] && [ -z "$gtest_failed" ]; then failed=$((failed + 1)); fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
