#!/usr/bin/env bash
# Runs clang-tidy with the project's .clang-tidy on every translation unit of core/, ui/ and
# app/ (and the headers they include from there), using the compile commands of a configured
# build folder (default build-ci) that has been built (generated moc/uic headers are parsed
# too). Fails on any finding.
#   scripts/check-tidy.sh [BUILD_DIR] [FILE_REGEX]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-ci}
filter=${2:-"^$(pwd)/(core|ui|app)/.*\\.cpp\$"}
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
if [ -z "$tidy" ] || [ -z "$runner" ]; then
  echo "check-tidy: clang-tidy is not installed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
if [ ! -f "$build/compile_commands.json" ]; then
  echo "check-tidy: $build/compile_commands.json is missing; configure first (cmake --preset ci)" >&2
  exit 1
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "$runner" -clang-tidy-binary "$tidy" -p "$build" -j "$(nproc)" -quiet "$filter" >"$log" 2>&1; then
  grep -E 'warning:|error:' "$log" | sort -u >&2 || cat "$log" >&2
  echo "check-tidy: clang-tidy found problems (see above)" >&2
  exit 1
fi
echo "check-tidy: no findings"
