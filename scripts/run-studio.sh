#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the running studio on the demo workspace:
# installs the Debian packages it needs, builds policy-studio and policyctl in build-ci/ (the
# folder the test command uses too, so the two share one build), and opens policy-studio.
# Extra arguments are passed to policy-studio (files or folders to open instead of the demo).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
phase() { printf '==> [%d s] %s\n' $((SECONDS - start)) "$*"; }
phase "installing Debian packages"
bash scripts/install-deps.sh build
phase "configuring (build-ci)"
cmake --preset ci >/dev/null
phase "building policy-studio and policyctl"
cmake --build --preset ci --target policy-studio policyctl
studio=build-ci/app/studio/policy-studio
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  # No display: show what the window looks like, then keep the studio running under Xvfb.
  xvfb-run -a -s "-screen 0 1600x1000x24" "$studio" --no-recovery --screenshot build-ci/studio.png "$@"
  phase "built in $((SECONDS - start)) s. No display was found, so the studio runs under Xvfb."
  cat <<MSG
    A screenshot of it on the demo workspace: $(pwd)/build-ci/studio.png
    To see the window itself, run this command where a display is available (a desktop
    session, or ssh -X from one), or set DISPLAY. Stop the studio with Ctrl+C.
MSG
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$studio" "$@"
fi
phase "built in $((SECONDS - start)) s; opening the studio"
exec "$studio" "$@"
