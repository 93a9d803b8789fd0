#!/usr/bin/env python3
"""Runs policyctl's bash, zsh and fish completion the way each shell does at a Tab, and checks
what they offer: commands, a command's flags, --kind and -o values, files after -f.

The completion is written afresh by packaging/tools/completions.py from the policyctl under
test (as the build does for the packages), unless --dir names a folder that already holds
policyctl.bash, _policyctl and policyctl.fish (to try a hand-broken copy, say).

  bash: bash-completion's library and the file are sourced, COMP_WORDS / COMP_CWORD /
        COMP_LINE / COMP_POINT are set as readline sets them, _policyctl runs, COMPREPLY is read.
  zsh:  zsh-complete.zsh types the line and a Tab into an interactive zsh with compinit.
  fish: `complete -C LINE` after sourcing the file.

usage: tst_completions.py --policyctl PATH --generator completions.py [--dir DIR]
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
BASH_COMPLETION = "/usr/share/bash-completion/bash_completion"

BASH_DRIVER = r"""
source "$BASH_COMPLETION_LIBRARY" || exit 2
source "$1" || exit 2
COMP_LINE=$2
COMP_POINT=${#COMP_LINE}
read -ra COMP_WORDS <<<"$COMP_LINE"
[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
declare -F _policyctl >/dev/null || { echo "no _policyctl function" >&2; exit 2; }
[[ $(complete -p policyctl) == *'-F _policyctl'* ]] || { echo "_policyctl not bound" >&2; exit 2; }
_policyctl policyctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
"""

# (what, line typed before the Tab, expected matches, exact: nothing else may be offered)
CASES = [
    ("command", "policyctl tr", {"trace"}, True),
    ("command of a group", "policyctl flows re", {"recommend", "replay"}, True),
    ("flag of a command", "policyctl trace --fr", {"--from"}, True),
    ("flags of a command", "policyctl trace --", {"--from", "--to", "--port", "--output"}, False),
    ("--kind value", "policyctl patch --kind Staged",
     {"StagedGlobalNetworkPolicy", "StagedNetworkPolicy", "StagedKubernetesNetworkPolicy"}, True),
    ("-o value", "policyctl trace -o ", {"text", "json"}, True),
    ("--output value", "policyctl fmt --output ", {"yaml", "json"}, True),
    ("file after -f", "policyctl lint -f ", {"alpha.yaml", "beta.json", "policies"}, False),
    ("file after -f, prefix", "policyctl lint -f al", {"alpha.yaml"}, True),
]

# Kinds that --kind must offer, whatever else the core adds later.
SOME_KINDS = {"GlobalNetworkPolicy", "NetworkPolicy", "KubernetesNetworkPolicy", "Tier",
              "HostEndpoint", "GlobalNetworkSet", "Pod", "Namespace"}


def policyctl_env():
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")


def accepted_kinds(policyctl):
    """The kinds `policyctl help patch` lists for --kind ("..., one of: A, B, C.")."""
    text = subprocess.run([policyctl, "help", "patch"], check=True, capture_output=True,
                          text=True, env=policyctl_env()).stdout
    options = " ".join(text.split())
    start = options.index("--kind <KIND>")
    listed = options[start:].split("one of: ", 1)[1].split(".", 1)[0]
    return set(listed.split(", "))


class Shells:
    """Runs each shell's completion of one line in a folder holding a few files."""

    def __init__(self, completion_dir, cwd, home):
        self.dir = completion_dir
        self.cwd = cwd
        self.env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                        XDG_DATA_HOME=os.path.join(home, "data"),
                        XDG_CACHE_HOME=os.path.join(home, "cache"), LC_ALL="C.UTF-8",
                        BASH_COMPLETION_LIBRARY=BASH_COMPLETION)

    def _run(self, argv):
        done = subprocess.run(argv, cwd=self.cwd, env=self.env, capture_output=True, text=True,
                              timeout=60, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise AssertionError("%s exited %d: %s" % (argv[0], done.returncode,
                                                        done.stderr.strip()))
        return done.stdout

    @staticmethod
    def _words(output):
        # fish prints "word<TAB>description"; directories may end in "/".
        return {line.split("\t")[0].rstrip("/") for line in output.splitlines() if line.strip()}

    def bash(self, line):
        return self._words(self._run(["bash", "--norc", "--noprofile", "-c", BASH_DRIVER,
                                      "bash", os.path.join(self.dir, "policyctl.bash"), line]))

    def zsh(self, line):
        return self._words(self._run(["zsh", "-f", os.path.join(HERE, "zsh-complete.zsh"),
                                      self.dir, line]))

    def fish(self, line):
        return self._words(self._run(["fish", "--no-config", "-c",
                                      "source $argv[1]; or exit 2; complete -C $argv[2]",
                                      os.path.join(self.dir, "policyctl.fish"), line]))


class CompletionTest(unittest.TestCase):
    shells = None
    kinds = None

    def check(self, shell, what, line, expected, exact):
        with self.subTest(shell=shell, what=what, line=line):
            got = getattr(self.shells, shell)(line)
            if exact:
                self.assertEqual(got, expected, "%s completion of %r" % (shell, line))
            else:
                self.assertTrue(expected <= got, "%s completion of %r lacks %s; offered %s" % (
                    shell, line, sorted(expected - got), sorted(got)))

    def run_cases(self, shell):
        for what, line, expected, exact in CASES:
            self.check(shell, what, line, expected, exact)
        # Every kind policyctl patch accepts, and only those.
        self.check(shell, "--kind values", "policyctl patch --kind ", self.kinds, True)

    def test_bash(self):
        self.run_cases("bash")

    def test_zsh(self):
        self.run_cases("zsh")

    def test_fish(self):
        self.run_cases("fish")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--policyctl", required=True)
    parser.add_argument("--generator", required=True)
    parser.add_argument("--dir", help="test these completion files instead of generating them")
    args, rest = parser.parse_known_args()

    missing = [tool for tool in ("bash", "zsh", "fish") if not shutil.which(tool)]
    if not os.path.exists(BASH_COMPLETION):
        missing.append("bash-completion")
    if missing:
        sys.exit("tst_completions: not installed: %s (scripts/install-deps.sh test installs them)"
                 % ", ".join(missing))

    with tempfile.TemporaryDirectory(prefix="tst_completions.") as tmp:
        completion_dir = args.dir
        if not completion_dir:
            completion_dir = os.path.join(tmp, "completion")
            subprocess.run([sys.executable, args.generator, args.policyctl, completion_dir],
                           check=True)
        cwd = os.path.join(tmp, "cwd")
        os.makedirs(os.path.join(cwd, "policies"))
        for name in ("alpha.yaml", "beta.json"):
            open(os.path.join(cwd, name), "w", encoding="utf-8").close()
        home = os.path.join(tmp, "home")
        os.makedirs(home)

        CompletionTest.shells = Shells(os.path.abspath(completion_dir), cwd, home)
        CompletionTest.kinds = accepted_kinds(args.policyctl)
        if not SOME_KINDS <= CompletionTest.kinds:
            sys.exit("tst_completions: policyctl help patch lists no %s for --kind"
                     % ", ".join(sorted(SOME_KINDS - CompletionTest.kinds)))
        result = unittest.main(argv=[sys.argv[0], "-v", *rest], exit=False).result
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
