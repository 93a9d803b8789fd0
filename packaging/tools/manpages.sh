#!/usr/bin/env bash
# Writes the man pages from the programs' own --help (help2man), so they cannot drift from
# the programs: policy-studio(1), policyctl(1), one policyctl-COMMAND(1) page for each
# command `policyctl --help` lists, and policy-agent(1).
#   manpages.sh VERSION OUTDIR POLICYCTL POLICY_STUDIO POLICY_AGENT
set -euo pipefail
version=$1 outdir=$2 policyctl=$3 studio=$4 agent=$5
mkdir -p "$outdir"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

# The commands and their one-line descriptions, from the Commands: section.
commands=$("$policyctl" --help | awk '/^Commands:/ {on = 1; next} on && /^$/ {exit} on {print}')
[ -n "$commands" ] || { echo "manpages.sh: no commands in '$policyctl --help'" >&2; exit 1; }

# A command is one word, or two for a group ("flows explain"); two spaces or more end it.
command_name() { sed -E 's/^ *([^ ]+( [^ ]+)?)  +.*$/\1/' <<<"$1"; }

see_also=".BR policy-studio (1)"
while IFS= read -r line; do
  name=$(command_name "$line")
  see_also+=", .BR policyctl-${name// /-} (1)"
done <<<"$commands"

include=$(mktemp)
trap 'rm -f "$include"' EXIT
cat >"$include" <<EOF
[EXIT STATUS]
.TP
.B 0
Success: the input is valid, the check passed.
.TP
.B 1
The input is invalid (every error names its file, line, column and field) or the check failed.
.TP
.B 2
Usage error: an unknown command or option, a missing or malformed argument.
[SEE ALSO]
$(sed 's/, /\n/g' <<<"$see_also")
EOF

help2man --no-info --no-discard-stderr --version-string="$version" \
  --name="read, validate and evaluate Calico network policy" --include="$include" \
  --output="$outdir/policyctl.1" "$policyctl"

# push and pull reach etcd with calicoctl's environment variables too.
etcd_include=$(mktemp)
trap 'rm -f "$include" "$etcd_include"' EXIT
cat "$include" >"$etcd_include"
cat >>"$etcd_include" <<EOF
[ENVIRONMENT]
.TP
.B ETCD_CA_CERT_FILE, ETCD_CERT_FILE, ETCD_KEY_FILE
The defaults of --etcd-ca-cert, --etcd-cert and --etcd-key.
.TP
.B ETCD_USERNAME, ETCD_PASSWORD
The etcd user and its password (the defaults of --etcd-username and --etcd-password-file);
a user is used only with a password.
EOF

while IFS= read -r line; do
  name=$(command_name "$line")
  page_include=$include
  case $name in push | pull) page_include=$etcd_include ;; esac
  description=$(sed -E 's/^ +//' <<<"$line")
  description=$(sed -E 's/^ +//' <<<"${description#"$name"}")
  page_name="policyctl-${name// /-}"
  page="$outdir/$page_name.1"
  help2man --no-info --no-discard-stderr --version-string="$version" \
    --name="${description%.}" --help-option="help $name" --include="$page_include" \
    --output="$page" "$policyctl"
  # help2man names the page after the program: make it policyctl-NAME.
  upper=$(tr '[:lower:]' '[:upper:]' <<<"$page_name")
  sed -i -e "s/^\.TH POLICYCTL /.TH $upper /" -e "s/^policyctl \\\\- /$page_name \\\\- /" "$page"
done <<<"$commands"

cat >"$include" <<EOF
[FILES]
.TP
.I ~/.config/PolicyStudio/policy-studio.conf
Settings: window layout, recent files, language.
.TP
.I ~/.local/share/PolicyStudio/policy-studio/recovery/
Unsaved edits kept for recovery after a crash.
[SEE ALSO]
.BR policyctl (1)
EOF
help2man --no-info --no-discard-stderr --version-string="$version" \
  --name="understand and edit Calico network policy" --include="$include" \
  --output="$outdir/policy-studio.1" "$studio"
sed -i 's/^\.TH POLICY-STUDIO /.TH POLICY-STUDIO /' "$outdir/policy-studio.1"

cat >"$include" <<EOF
[FILES]
.TP
.I /etc/policy-agent/agent.conf
The service's configuration: credentials and state folders, listen address, node, dataplane,
request size limit.
.TP
.I /var/lib/policy-agent/
The certificate (cert.pem), its key (key.pem), the bearer token (token), the applied
workspaces and state.json; all mode 0600.
[EXIT STATUS]
.TP
.B 0
Success.
.TP
.B 1
The credentials, configuration or state could not be read or written, or the address could
not be listened on.
.TP
.B 2
Usage error.
[SEE ALSO]
.BR policyctl-push (1),
.BR systemd.exec (5)
EOF
help2man --no-info --no-discard-stderr --version-string="$version" \
  --name="apply Calico network policy to this node" --include="$include" \
  --output="$outdir/policy-agent.1" "$agent"
