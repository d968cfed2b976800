#!/usr/bin/env bash
# Builds Matchline with its tests and runs every test with ctest.
#   tests/run.sh             the normal build (build-tests/)
#   tests/run.sh --sanitize  the whole suite under AddressSanitizer and UBSan (build-asan/)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "${1:-}" = "--sanitize" ]; then
    build="$here/build-asan"
    "$here/app/setup.sh" "$build" Debug -DMATCHLINE_SANITIZE=ON
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export MATCHLINE_SANITIZED=1 # timing assertions allow for the slower build
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
    build="$here/build-tests"
    "$here/app/setup.sh" "$build" RelWithDebInfo
fi
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
