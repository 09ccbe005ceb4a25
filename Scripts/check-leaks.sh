#!/usr/bin/env bash
# Runs the geodesy and geometry tests under AddressSanitizer with LeakSanitizer; fails on a leak.
# The build goes to .build-asan/ so that the normal build stays as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-suppressions.txt:print_suppressions=0"
swift test --scratch-path .build-asan --sanitize=address --filter "GeometryTests|GeodesyTests"
echo "check-leaks: no leaks reported"
