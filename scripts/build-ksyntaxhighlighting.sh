#!/usr/bin/env bash
# Builds KDE's KSyntaxHighlighting for Qt 6 into a prefix, for a studio configured with
# -DCMAKE_PREFIX_PATH=PREFIX (the POLICY_STUDIO_KSYNTAXHIGHLIGHTING option, see README.md).
# Debian 12 ships the library built for Qt 5 only; this builds Debian's own source of it with
# Debian 12's packages only: its extra-cmake-modules, Qt 6 and perl (the generated syntax
# definitions). Install them first with `scripts/install-deps.sh ksyntaxhighlighting`.
#
# The source is Debian's ksyntax-highlighting 5.116.0 (the last KDE Frameworks 5 release,
# Debian 13's package), its upstream tarball checked against the checksum below. Debian 12's own
# 5.103.0 would do, but the archive its mirrors serve here answers 404 for its tarball. apt-get
# fetches the source with a sources list and state of its own (deb-src of Debian 13 from the
# mirror this machine's apt uses), so the machine's apt configuration is left as it is.
# KF 5.116 asks for extra-cmake-modules 5.116; Debian 12's 5.103 has every module it uses.
# Prints how long the build took and what it installed.
#   scripts/build-ksyntaxhighlighting.sh [PREFIX]     (default /opt/policy-studio-ksh)
# JOBS (default 2) sets the build's parallel jobs.
set -euo pipefail
prefix=${1:-/opt/policy-studio-ksh}
jobs=${JOBS:-2}
version=5.116.0
tarball=ksyntax-highlighting_$version.orig.tar.xz
sha256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
suite=trixie
fail() { printf 'build-ksyntaxhighlighting: %s\n' "$*" >&2; exit 1; }
step() { printf '== build-ksyntaxhighlighting: %s\n' "$*"; }

for tool in cmake ninja perl; do
  command -v $tool >/dev/null || fail "$tool is missing (scripts/install-deps.sh ksyntaxhighlighting)"
done
[ -f /usr/share/ECM/cmake/ECMConfig.cmake ] \
  || fail "extra-cmake-modules is missing (scripts/install-deps.sh ksyntaxhighlighting)"
ecm=$(dpkg-query -W -f='${Version}' extra-cmake-modules | cut -d- -f1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "fetching Debian's source of KSyntaxHighlighting $version"
# The mirror that serves bookworm to this machine's apt (one-line or deb822 sources).
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] && sources+=("$f")
done
[ ${#sources[@]} -gt 0 ] || fail "this machine has no apt sources to take a Debian mirror from"
mirror=$(cat "${sources[@]}" | awk '
    /^deb[[:space:]]/ { u = ""; for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { u = $i; s = $(i + 1) }
                        if (s == "bookworm" && !found) { print u; found = 1 } next }
    /^URIs:/ { uris = $2 }
    /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == "bookworm" && !found) { print uris; found = 1 } }
    /^$/ { uris = "" }')
[ -n "$mirror" ] || fail "no Debian mirror found in this machine's apt sources"
mkdir -p "$work/apt/lists/partial" "$work/src"
echo "deb-src $mirror $suite main" >"$work/apt/sources.list"
apt=(-o "Dir::Etc::sourcelist=$work/apt/sources.list" -o "Dir::Etc::sourceparts=$work/apt/none"
  -o APT::Sandbox::User=root
  -o "Dir::State::Lists=$work/apt/lists" -o "Dir::Cache=$work/apt/cache" -q)
apt-get "${apt[@]}" update >/dev/null
# Only the upstream tarball is needed (Debian's changes to it are packaging); the archive may
# refuse the others, so apt-get's status does not count, the checksum does.
(cd "$work/src" && apt-get "${apt[@]}" source --download-only ksyntax-highlighting >/dev/null 2>&1) || true
[ -f "$work/src/$tarball" ] || fail "the archive did not serve $tarball"
echo "$sha256  $work/src/$tarball" | sha256sum -c --quiet - || fail "$tarball: wrong checksum"
tar -C "$work/src" -xf "$work/src/$tarball"
src="$work/src/syntax-highlighting-$version"
sed -i "s/find_package(ECM $version REQUIRED/find_package(ECM $ecm REQUIRED/" "$src/CMakeLists.txt"

step "building for Qt 6 with extra-cmake-modules $ecm ($jobs jobs) into $prefix"
start=$SECONDS
# No tests, API docs, QML module or example programs: the library, its CMake package and the
# kate-syntax-highlighter tool.
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQT_MAJOR_VERSION=6 \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_TESTING=OFF -DBUILD_QCH=OFF \
  -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Quick=ON -DCMAKE_DISABLE_FIND_PACKAGE_Qt6PrintSupport=ON \
  -DBUILD_codeeditor=OFF -DBUILD_codepdfprinter=OFF -DBUILD_minimaltest=OFF \
  >"$work/configure.log" 2>&1 || { tail -n 30 "$work/configure.log" >&2; fail "configuring failed"; }
cmake --build "$work/build" -j "$jobs" >"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log" >&2; fail "the build failed"; }
cmake --install "$work/build" >"$work/install.log" 2>&1 \
  || { tail -n 30 "$work/install.log" >&2; fail "installing failed"; }
seconds=$((SECONDS - start))

library=$(find "$prefix" -name "libKF5SyntaxHighlighting.so.$version" | head -n 1)
[ -n "$library" ] || fail "no libKF5SyntaxHighlighting.so.$version under $prefix"
step "built and installed in ${seconds} s: library $(du -k "$library" | cut -f1) KiB, prefix $(du -sk "$prefix" | cut -f1) KiB"
echo "configure the studio with -DCMAKE_PREFIX_PATH=$prefix"
