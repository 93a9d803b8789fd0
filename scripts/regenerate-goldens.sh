#!/usr/bin/env bash
# Rewrites every golden reference under tests/fixtures from what the code produces now, on
# purpose (references taken from Felix or checked by hand are never rewritten). Review
# `git diff tests/fixtures` line by line before committing: a golden that changes is a
# behaviour that changes.
# Usage: scripts/regenerate-goldens.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
if [ ! -d "$build" ]; then
  echo "regenerate-goldens.sh: no build folder '$build'; build first (cmake --preset default)" >&2
  exit 2
fi
cmake --build "$build"
POLICY_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" -E 'kernel|include_boundaries' --output-on-failure
git status --short tests/fixtures
