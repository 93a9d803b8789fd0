#!/usr/bin/env bash
# Installs the Debian 12 packages Policy Studio needs. Idempotent: packages already present
# are left alone.
#   install-deps.sh build   what building and running the programs needs (the studio command)
#   install-deps.sh test    that, plus what the tests and checks need (the test command; default)
#   install-deps.sh ksyntaxhighlighting
#                           build, plus what scripts/build-ksyntaxhighlighting.sh needs to build
#                           KDE's KSyntaxHighlighting for Qt 6 (opt-in; not part of test)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
what=${1:-test}

build=(
  cmake ninja-build pkg-config g++ python3 help2man
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libgl-dev
  libyaml-dev libyaml-cpp-dev libcurl4-openssl-dev libssl-dev libgraphviz-dev libbenchmark-dev
  zlib1g-dev qtkeychain-qt6-dev libsecret-1-0
  xvfb xauth fonts-dejavu-core fonts-wqy-microhei
)
test=(
  # checks: formatting, clang-tidy, fuzzing (clang with the sanitizer runtimes)
  clang libclang-rt-14-dev clang-format clang-tidy
  # kernel tests and the etcd tests
  iptables ipset nftables iproute2 iperf3 etcd-server etcd-client curl
  # kubeconfig reading is compared with kubectl config view (tst_kubeconfig)
  kubernetes-client
  # the agent's systemd unit is checked with systemd-analyze
  systemd
  # GNU patch applies the diffs the studio shows (tst_textdiff)
  patch
  # the package check: packages, their metadata, a clean Debian root
  dpkg-dev desktop-file-utils appstream man-db libxml2-utils zsh fish debootstrap
  # the completion test runs bash (with bash-completion's library), zsh and fish
  bash-completion
  # the push dialog's keychain test runs a real Secret Service (GNOME Keyring) in a private
  # D-Bus session
  gnome-keyring dbus-daemon dbus-bin
)
ksyntaxhighlighting=(
  # Debian 12's KDE CMake modules; perl generates syntax definitions; apt-get source, xz
  extra-cmake-modules perl apt xz-utils
)
case $what in
  build) packages=("${build[@]}") ;;
  test) packages=("${build[@]}" "${test[@]}") ;;
  ksyntaxhighlighting) packages=("${build[@]}" "${ksyntaxhighlighting[@]}") ;;
  *) echo "usage: install-deps.sh [build|test|ksyntaxhighlighting]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  # Any kubectl will do; another package's (e.g. the Google Cloud SDK's kubectl) also owns
  # /usr/bin/kubectl, and installing kubernetes-client over it would fail.
  if [ "$p" = kubernetes-client ] && command -v kubectl >/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${#missing[@]} Debian packages: ${missing[*]}"
  $SUDO apt-get update -q >/dev/null
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
# The etcd tests start etcd servers of their own; Debian's etcd-server package enables and
# starts a system daemon, which this machine does not need.
if command -v systemctl >/dev/null && systemctl is-enabled --quiet etcd 2>/dev/null; then
  $SUDO systemctl disable --quiet etcd
  if [ -d /run/systemd/system ]; then $SUDO systemctl stop etcd; fi
fi
