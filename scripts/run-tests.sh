#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the whole test suite: installs the Debian
# packages, checks that nothing points to documents outside the repository and that the code
# is formatted (clang-format), builds everything with warnings as errors, runs clang-tidy on
# core/, ui/ and app/, runs every ctest suite (GUI tests on the offscreen platform), then builds
# the libFuzzer targets with clang and runs each for a bounded time. Exits non-zero on the
# first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/check-no-private-refs.sh
bash scripts/check-format.sh

jobs=$(nproc)
cmake --preset ci
cmake --build --preset ci -j "$jobs"
bash scripts/check-tidy.sh build-ci
QT_QPA_PLATFORM=offscreen ctest --preset ci -j "$jobs"

# Fuzzing: each target for FUZZ_SECONDS (default 60) with ASan + UBSan.
if command -v clang++ >/dev/null; then
  cmake --preset fuzz
  cmake --build --preset fuzz -j "$jobs"
  seconds=${FUZZ_SECONDS:-60}
  for target in build-fuzz/tests/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] || continue
    name=$(basename "$target")
    corpus=$(mktemp -d)
    seeds="tests/fuzz/corpus/${name#fuzz_}"
    echo "== $name for ${seconds}s"
    "$target" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 -print_final_stats=1 \
      "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) 2>&1 | tail -n 15
    rm -rf "$corpus"
  done
else
  echo "clang++ not found: fuzz targets skipped" >&2
fi
