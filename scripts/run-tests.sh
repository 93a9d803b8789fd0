#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the whole test suite: installs the Debian
# packages, checks that nothing points to documents outside the repository and that the code
# is formatted (clang-format), builds everything with warnings as errors (build-ci/, the
# folder the studio command uses too), runs clang-tidy on core/, ui/ and app/, runs every
# ctest suite (GUI tests on the offscreen platform), checks the Debian packages on a clean
# Debian 12 root, then builds the libFuzzer targets with clang and runs each for a bounded
# time (FUZZ_SECONDS, default 60). Stops at the first failure; ends with a one-line summary.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
elapsed() { local s=$((SECONDS - start)); printf '%d min %02d s' $((s / 60)) $((s % 60)); }
phase() { printf '\n==> [%s] %s\n' "$(elapsed)" "$*"; }
trap 'status=$?; [ $status -eq 0 ] || printf "\nrun-tests: FAILED after %s (exit %d)\n" "$(elapsed)" $status >&2' EXIT

# Free disk space, printed where it matters: a full disk fails the link, not a test.
disk() { df -h --output=avail,size . | awk 'NR == 2 {printf "   disk: %s free of %s\n", $1, $2}'; }
disk
phase "installing Debian packages"
bash scripts/install-deps.sh test
phase "checking references, formatting"
bash scripts/check-no-private-refs.sh
bash scripts/check-format.sh

jobs=$(nproc)
phase "configuring (build-ci)"
cmake --preset ci >/dev/null
phase "building with warnings as errors ($jobs jobs)"
cmake --build --preset ci -j "$jobs"
disk
phase "clang-tidy"
bash scripts/check-tidy.sh build-ci
phase "running the test suites"
QT_QPA_PLATFORM=offscreen ctest --preset ci -j "$jobs" --progress
suites=$(ctest --preset ci -N | awk '/^Total Tests:/ {print $3}')
phase "checking the Debian packages"
bash scripts/check-packages.sh build-ci

phase "fuzzing"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$jobs"
disk
seconds=${FUZZ_SECONDS:-60}
runs=0
targets=0
for target in build-fuzz/tests/fuzz/fuzz_*; do
  [ -f "$target" ] && [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus=$(mktemp -d)
  seeds="tests/fuzz/corpus/${name#fuzz_}"
  # The loader starts from the hostile-input corpus as well.
  extra=""
  [ "$name" = fuzz_loader ] && extra="tests/fixtures/hostile"
  log="build-fuzz/$name.log"
  if ! "$target" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 -print_final_stats=1 \
    "$corpus" $([ -d "$seeds" ] && echo "$seeds") $extra >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "run-tests: $name found a crash (log: $log)" >&2
    exit 1
  fi
  rm -rf "$corpus"
  n=$(awk '/stat::number_of_executed_units:/ {print $2}' "$log")
  printf '   %s: %s runs in %s s, no crashes\n' "$name" "${n:-?}" "$seconds"
  runs=$((runs + ${n:-0}))
  targets=$((targets + 1))
done
[ $targets -gt 0 ] || { echo "run-tests: no fuzz targets were built" >&2; exit 1; }

printf '\nrun-tests: passed — %s test suites, packages install cleanly, %d fuzz targets (%d runs, no crashes), in %s\n' \
  "$suites" $targets $runs "$(elapsed)"
