#!/bin/sh
# Runs a test with a real Secret Service: a private D-Bus session (dbus-run-session) with GNOME
# Keyring unlocked by a throwaway password, its keyrings in a temporary folder that is removed
# afterwards; the keyring daemon is stopped with the test. POLICY_TEST_KEYRING=1 tells the test
# that a keychain must answer.
#   with-keyring.sh TEST [ARGS...]
set -eu
data=$(mktemp -d)
status=0
XDG_DATA_HOME="$data" POLICY_TEST_KEYRING=1 dbus-run-session -- sh -c '
  printf %s throwaway | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  keyring=$!
  i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
    i=$((i + 1)); [ $i -lt 100 ] || { echo "with-keyring: no Secret Service after 10 s" >&2; kill $keyring; exit 1; }
    sleep 0.1
  done
  status=0
  "$@" || status=$?
  kill $keyring 2>/dev/null || true
  wait $keyring 2>/dev/null || true
  exit $status' sh "$@" || status=$?
rm -rf "$data"
exit $status
