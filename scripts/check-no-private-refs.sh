#!/usr/bin/env bash
# Fails when code, tests or docs point to documents outside the repository (private design and
# specification notes, their section numbers). Comments name the upstream Calico behaviour or
# a section of docs/ instead.
set -euo pipefail
cd "$(dirname "$0")/.."

pattern='calico-semantics|felix-rendering|felix-example|DESIGN\.md|netns-node|shared/spec|/work/shared|§'
paths=(core ui app tests docs cmake scripts translations README.md CMakeLists.txt)
existing=()
for p in "${paths[@]}"; do
  [ -e "$p" ] && existing+=("$p")
done

if matches=$(grep -rnE --binary-files=without-match \
    --exclude=check-no-private-refs.sh "$pattern" "${existing[@]}"); then
  echo "References to documents outside the repository (name the upstream behaviour or a" >&2
  echo "section of docs/ instead):" >&2
  echo "$matches" >&2
  exit 1
fi
echo "no references to private documents"
