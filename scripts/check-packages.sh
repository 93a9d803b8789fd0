#!/usr/bin/env bash
# Builds the Debian packages from a built folder and proves they install and work on a clean
# Debian 12: validates the desktop entry, AppStream metainfo, man pages, shell completion and
# the agent's systemd unit (systemd-analyze verify);
# makes a minimal Debian 12 root with debootstrap (from the mirror this machine's apt uses);
# installs the packages there with `apt install ./*.deb`, so apt resolves their dependencies
# the way a user's machine would; runs the installed programs (policyctl on the demo
# workspace, the studio's --version and a screenshot on the offscreen platform); removes the
# packages and checks nothing of theirs is left behind.
#
# The pristine root is cached as a tarball (POLICY_ROOT_CACHE, default
# /var/cache/policy-studio-ci) and unpacked afresh for every run: nothing a previous run
# installed can hide a missing dependency.
#   scripts/check-packages.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-ci}
cache=${POLICY_ROOT_CACHE:-/var/cache/policy-studio-ci}
step() { printf '== check-packages: %s\n' "$*"; }
fail() { printf 'check-packages: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot)"

step "building the packages (cpack -G DEB)"
out=$(mktemp -d)
root=
cleanup() {
  if [ -n "$root" ]; then
    for m in "$root/proc" "$root/dev" "$root"; do
      mountpoint -q "$m" && umount -l "$m"
    done
    # --one-file-system: never follow a mount that failed to come off into the host.
    rm -rf --one-file-system "$root"
  fi
  rm -rf "$out"
}
trap cleanup EXIT
cmake --build "$build" --target policy_docs >/dev/null
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
debs=("$out"/*.deb)
[ ${#debs[@]} -ge 3 ] || fail "expected the policyctl, policy-studio and policy-agent packages in $out"
for deb in "${debs[@]}"; do
  printf '   %s  %s KiB installed, depends: %s\n' "$(basename "$deb")" \
    "$(dpkg-deb -f "$deb" Installed-Size)" "$(dpkg-deb -f "$deb" Depends)"
done

step "validating the desktop entry, AppStream metainfo, man pages and completion"
staging="$out/staging"
for deb in "${debs[@]}"; do dpkg-deb -x "$deb" "$staging"; done
desktop-file-validate "$staging"/usr/share/applications/*.desktop
appstreamcli validate --no-net "$staging"/usr/share/metainfo/*.metainfo.xml
for page in "$staging"/usr/share/man/man1/*.1*; do
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man page $(basename "$page"): $warnings"
done
bash -n "$staging/usr/share/bash-completion/completions/policyctl"
zsh -n "$staging/usr/share/zsh/vendor-completions/_policyctl"
fish --no-execute "$staging/usr/share/fish/vendor_completions.d/policyctl.fish"
xmllint --noout "$staging"/usr/share/mime/packages/*.xml
# The unit as installed, its programs and man page looked up in the staging tree.
unit_dir=$(mktemp -d -p "$out")
sed "s|/usr/bin/policy-agent|$staging/usr/bin/policy-agent|g" \
  "$staging/usr/lib/systemd/system/policy-agent.service" >"$unit_dir/policy-agent.service"
verify=$(MANPATH="$staging/usr/share/man" systemd-analyze verify "$unit_dir/policy-agent.service" 2>&1) \
  || fail "systemd-analyze verify policy-agent.service: $verify"
[ -z "$verify" ] || fail "systemd-analyze verify policy-agent.service: $verify"
grep -q '^ExecStart=/usr/bin/policy-agent serve --config /etc/policy-agent/agent.conf$' \
  "$staging/usr/lib/systemd/system/policy-agent.service" || fail "the unit does not read agent.conf"
[ -f "$staging/etc/policy-agent/agent.conf" ] || fail "policy-agent ships no agent.conf"

step "preparing a clean Debian 12 root"
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
mkdir -p "$cache"
tarball="$cache/bookworm-minbase.tar"
if [ ! -s "$tarball" ]; then
  fresh=$(mktemp -d)
  debootstrap --variant=minbase bookworm "$fresh" "$mirror" >"$cache/debootstrap.log" 2>&1 \
    || { tail -n 20 "$cache/debootstrap.log" >&2; fail "debootstrap failed"; }
  rm -rf "$fresh"/var/cache/apt/archives/*.deb
  tar -C "$fresh" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
  rm -rf "$fresh"
fi
root=$(mktemp -d /var/tmp/policy-root.XXXXXX)
tar -C "$root" -xf "$tarball"
# Network namespaces and some tools want the root to be a mount point.
mount --bind "$root" "$root"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
snapshot() { in_root find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /var/cache \
  -o -path /var/lib/apt -o -path /var/lib/dpkg -o -path /var/log -o -path /root \) -prune \
  -o -print | sort; }
in_root apt-get update -q >/dev/null

step "installing the packages with apt"
mkdir -p "$root/tmp/debs"
cp "${debs[@]}" "$root/tmp/debs/"
install_ours() { in_root sh -c 'apt-get install -y -q ./tmp/debs/*.deb' >"$out/install.log" 2>&1 \
  || { tail -n 30 "$out/install.log" >&2; fail "apt could not install the packages"; }; }
purge_ours() { in_root apt-get purge -y -q policy-studio policyctl policy-agent >"$out/remove.log" 2>&1 \
  || { tail -n 30 "$out/remove.log" >&2; fail "removing the packages failed"; }; }
# Install once for the dependencies, purge ours and take the tree as it is with the
# dependencies only; what is left after installing, using and purging ours again is compared
# with that.
install_ours
purge_ours
before=$(snapshot)
install_ours

step "running the installed programs"
in_root policyctl --version
in_root policy-studio --version
in_root policy-agent --version
in_root policy-agent --help >/dev/null
in_root policy-agent serve --help >/dev/null
# Credentials as the service's first start makes them (in /tmp: the service's state folder
# would outlive the package, as state does), each readable by its owner only.
in_root policy-agent init /tmp/agent-credentials --node check
[ "$(in_root stat -c %a /tmp/agent-credentials/key.pem /tmp/agent-credentials/token | sort -u)" = 600 ] \
  || fail "policy-agent init made credentials others can read"
in_root policy-agent init /tmp/agent-credentials --if-missing
examples=/usr/share/doc/policyctl/examples/demo
in_root policyctl validate -f "$examples"
# The demo's README: qa may not reach development, development may.
in_root policyctl trace -f "$examples" --from qa/qa-tester-0 --to development/dev-web-0 \
  --protocol TCP --port 80 --expect deny
in_root policyctl trace -f "$examples" --from development/dev-api-0 --to development/dev-web-0 \
  --protocol TCP --port 80 --expect allow
in_root install -d -m 700 /tmp/xdg-runtime
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/xdg-runtime policy-studio --no-recovery \
  --screenshot /tmp/studio.png
[ -s "$root/tmp/studio.png" ] || fail "the installed studio wrote no screenshot"
cp "$root/tmp/studio.png" "$build/installed-studio.png"
printf '   screenshot of the installed studio: %s\n' "$build/installed-studio.png"

step "removing the packages"
purge_ours
after=$(snapshot)
left=$(comm -13 <(echo "$before") <(echo "$after"))
[ -z "$left" ] || fail "left behind after removal:"$'\n'"$left"
step "packages install, run and remove cleanly"
