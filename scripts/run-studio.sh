#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the running studio on the demo workspace:
# installs the Debian packages, builds, and opens policy-studio. Extra arguments are passed
# to policy-studio (files or folders to open instead of the demo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default
cmake --build --preset default --target policy-studio policyctl
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting the studio under Xvfb (set DISPLAY to use your own)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/studio/policy-studio "$@"
fi
exec build/app/studio/policy-studio "$@"
