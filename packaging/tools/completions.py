#!/usr/bin/env python3
"""Writes bash, zsh and fish completion for policyctl from policyctl's own help.

The help text is the one definition of the commands and their options (each command declares
them once, in C++); this reads `policyctl --help` for the commands and `policyctl help CMD` for
each command's options, so the completion cannot drift from the program.

What an option's value completes to follows from its value name and description:
  <PATH>, <FILE>         files (and directories for <PATH>), `-` allowed
  <DIR>                  directories
  <FORMAT>               the formats listed in "Output format: a, b (default a)."
  other names            the words of a list in the description when it is one of
                         "A, B, or C" / "A (...) or B" / "one of: A, B, C." forms the help
                         uses, else nothing

usage: completions.py POLICYCTL OUTDIR   -> OUTDIR/policyctl.bash, _policyctl, policyctl.fish
"""

import os
import re
import subprocess
import sys


def run(policyctl, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    return subprocess.run([policyctl, *args], check=True, capture_output=True, text=True,
                          env=env).stdout


def commands(policyctl):
    """[(name, description)] from the Commands: section of `policyctl --help`."""
    out = []
    inside = False
    for line in run(policyctl, "--help").splitlines():
        if line.strip() == "Commands:":
            inside = True
            continue
        if inside:
            if not line.strip():
                break
            # One word, or two for a group ("flows explain"); two spaces or more end it.
            m = re.match(r"^  (\S+(?: \S+)?)\s{2,}(.*)$", line)
            if m:
                out.append((m.group(1), m.group(2).strip()))
    return out


OPTION = re.compile(r"^  (?:-(\w), )?--([\w-]+)(?: <([^>]+)>)?\s*(.*)$")


def options(policyctl, command):
    """[{short, long, value, description}] from the Options: section of `policyctl help CMD`."""
    out = []
    section = None
    for line in run(policyctl, "help", *command.split()).splitlines():
        if line and not line.startswith(" "):
            section = line.rstrip(":")
            continue
        if section != "Options":
            continue
        m = OPTION.match(line)
        if m:
            out.append({"short": m.group(1), "long": m.group(2), "value": m.group(3),
                        "description": m.group(4).strip()})
        elif out and line.strip():
            out[-1]["description"] += " " + line.strip()
    return out


def choices(option):
    """The words an option's value can be, when the help lists them."""
    value, text = option["value"], option["description"]
    if not value:
        return None
    m = re.search(r"Output format: ([\w, ]+?) \(default", text)
    if value == "FORMAT" and m:
        return [w.strip() for w in m.group(1).split(",")]
    # "... (allow or deny)." at the end
    m = re.search(r"\(([\w-]+(?:, [\w-]+)*,? or [\w-]+)\)\.?$", text)
    listed = m.group(1) if m else None
    if not listed:
        # "iptables (...) or nft (...)", "Group endpoints by pod, workload, namespace (...) or x"
        plain = " ".join(re.sub(r"\([^)]*\)", "", text).split())
        m = re.match(r"^(?:[A-Z][a-z ]*? by )?([\w-]+(?:, [\w-]+)*,? or [\w-]+)", plain)
        listed = m.group(1) if m else None
    if not listed and value == "P":
        m = re.search(r"(?:^|: )([A-Z][\w-]*(?:, [\w-]+)+)", text)
        listed = m.group(1) if m else None
    if listed:
        words = [w for w in re.split(r",\s*(?:or\s+)?|\s+or\s+", listed)
                 if w and w not in ("a", "an", "the")]
        if 2 <= len(words) <= 12 and all(re.fullmatch(r"[\w-]+", w) for w in words):
            return words
    # "..., one of: A, B, C." at the end: a list the program made, however long
    m = re.search(r"one of: ([\w-]+(?:, [\w-]+)+)\.$", text)
    if m:
        return m.group(1).split(", ")
    return None


def summary(option):
    """The description's first sentence, without a list of values (the completion offers them)."""
    first = option["description"].split(". ")[0].rstrip(".")
    return re.sub(r",? one of: .*$", "", first)


def kind(option):
    value = option["value"]
    if value is None:
        return "flag", None
    if value in ("PATH", "FILE"):
        return "file", None
    if value == "DIR":
        return "dir", None
    words = choices(option)
    if words:
        return "words", words
    return "any", None


def top_words(cmds):
    """The first words of the commands, each once, in order."""
    out = []
    for name, _ in cmds:
        first = name.split()[0]
        if first not in out:
            out.append(first)
    return out


def groups(cmds):
    """{group: [second words]} for the commands of two words."""
    out = {}
    for name, _ in cmds:
        if " " in name:
            group, sub = name.split(" ", 1)
            out.setdefault(group, []).append(sub)
    return out


def bash(cmds):
    lines = [
        "# bash completion for policyctl (generated from policyctl's help)",
        "_policyctl()",
        "{",
        "    local cur prev words cword",
        "    _init_completion || return",
        "    local commands='%s help'" % " ".join(top_words(cmds)),
        "    if [[ $cword -eq 1 ]]; then",
        "        COMPREPLY=($(compgen -W \"$commands --help --version\" -- \"$cur\"))",
        "        return",
        "    fi",
        "    local command=${words[1]}",
        "    case $command in",
    ]
    for group, subs in groups(cmds).items():
        lines += [
            "    %s)" % group,
            "        if [[ $cword -eq 2 ]]; then",
            "            COMPREPLY=($(compgen -W \"%s\" -- \"$cur\"))" % " ".join(subs),
            "            return",
            "        fi",
            "        command=\"%s ${words[2]}\"" % group,
            "        ;;",
        ]
    lines += [
        "    esac",
        "    case $command in",
        "    help)",
        "        [[ $cword -eq 2 ]] && COMPREPLY=($(compgen -W \"%s\" -- \"$cur\"))" % " ".join(
            top_words(cmds)),
        "        return",
        "        ;;",
    ]
    for name, _ in cmds:
        opts = cmds_options[name]
        lines.append("    %s)" % ('"%s"' % name if " " in name else name))
        lines.append("        case $prev in")
        for o in opts:
            k, words = kind(o)
            if k == "flag":
                continue
            flags = "|".join(f for f in ("-" + o["short"] if o["short"] else None,
                                         "--" + o["long"]) if f)
            if k == "file":
                action = "_filedir"
            elif k == "dir":
                action = "_filedir -d"
            elif k == "words":
                action = "COMPREPLY=($(compgen -W \"%s\" -- \"$cur\"))" % " ".join(words)
            else:
                action = ":"
            lines.append("        %s)" % flags)
            lines.append("            %s" % action)
            lines.append("            return")
            lines.append("            ;;")
        lines.append("        esac")
        all_flags = []
        for o in opts:
            if o["short"]:
                all_flags.append("-" + o["short"])
            all_flags.append("--" + o["long"])
        lines.append("        COMPREPLY=($(compgen -W \"%s\" -- \"$cur\"))" % " ".join(all_flags))
        lines.append("        ;;")
    lines += ["    esac", "}", "complete -F _policyctl policyctl", ""]
    return "\n".join(lines)


def zsh_escape(text):
    return text.replace("\\", "\\\\").replace("'", "'\\''").replace("[", "\\[").replace(
        "]", "\\]").replace(":", "\\:")


def zsh(cmds):
    lines = [
        "#compdef policyctl",
        "# zsh completion for policyctl (generated from policyctl's help)",
        "",
        "_policyctl() {",
        "    local -a commands",
        "    commands=(",
    ]
    grouped = groups(cmds)
    for name, desc in cmds:
        if " " in name:
            continue
        lines.append("        '%s:%s'" % (name, zsh_escape(desc)))
    for group in grouped:
        lines.append("        '%s:%s'" % (group, zsh_escape(
            "%s commands: %s" % (group, ", ".join(grouped[group])))))
    lines.append("        'help:Show the help of a command'")
    lines += [
        "    )",
        "    if (( CURRENT == 2 )); then",
        "        _describe -t commands 'policyctl command' commands",
        "        _arguments '--help[Show the help]' '--version[Show the version]'",
        "        return",
        "    fi",
        "    local command=${words[2]}",
        "    shift words",
        "    (( CURRENT-- ))",
    ]
    for group, subs in grouped.items():
        lines += [
            "    if [[ $command == %s ]]; then" % group,
            "        if (( CURRENT == 2 )); then",
            "            _values 'policyctl %s command' %s" % (group, " ".join(subs)),
            "            return",
            "        fi",
            "        command=\"%s ${words[2]}\"" % group,
            "        shift words",
            "        (( CURRENT-- ))",
            "    fi",
        ]
    lines += [
        "    case $command in",
        "    help)",
        "        _describe -t commands 'policyctl command' commands",
        "        ;;",
    ]
    for name, _ in cmds:
        lines.append("    %s)" % ("'%s'" % name if " " in name else name))
        lines.append("        _arguments -s \\")
        for o in cmds_options[name]:
            k, words = kind(o)
            desc = zsh_escape(summary(o))
            if k == "flag":
                action = ""
            elif k == "file":
                action = ":%s:_files" % o["value"].lower()
            elif k == "dir":
                action = ":%s:_files -/" % o["value"].lower()
            elif k == "words":
                action = ":%s:(%s)" % (o["value"].lower(), " ".join(words))
            else:
                action = ":%s: " % o["value"].lower()
            repeat = "*" if "Repeatable" in o["description"] else ""
            if o["short"]:
                lines.append("            '%s'{-%s,--%s}'[%s]%s' \\" % (
                    repeat, o["short"], o["long"], desc, action))
            else:
                lines.append("            '%s--%s[%s]%s' \\" % (repeat, o["long"], desc, action))
        lines.append("            '*: :_files'")
        lines.append("        ;;")
    lines += ["    esac", "}", "", "_policyctl \"$@\"", ""]
    return "\n".join(lines)


def fish_escape(text):
    return text.replace("\\", "\\\\").replace("'", "\\'")


def fish(cmds):
    names = " ".join(top_words(cmds))
    grouped = groups(cmds)
    lines = [
        "# fish completion for policyctl (generated from policyctl's help)",
        "complete -c policyctl -f",
        "complete -c policyctl -n '__fish_use_subcommand' -l help -d 'Show the help'",
        "complete -c policyctl -n '__fish_use_subcommand' -l version -d 'Show the version'",
        "complete -c policyctl -n '__fish_use_subcommand' -a help -d 'Show the help of a command'",
        "complete -c policyctl -n '__fish_seen_subcommand_from help' -a '%s'" % names,
    ]
    for group, subs in grouped.items():
        lines.append("complete -c policyctl -n '__fish_use_subcommand' -a %s" % group)
    for name, desc in cmds:
        if " " in name:
            group, sub = name.split(" ", 1)
            lines.append("complete -c policyctl -n '__fish_seen_subcommand_from %s; and not "
                         "__fish_seen_subcommand_from %s' -a %s -d '%s'" % (
                             group, " ".join(grouped[group]), sub, fish_escape(desc)))
            condition = "__fish_seen_subcommand_from %s; and __fish_seen_subcommand_from %s" % (
                group, sub)
        else:
            lines.append("complete -c policyctl -n '__fish_use_subcommand' -a %s -d '%s'" % (
                name, fish_escape(desc)))
            condition = "__fish_seen_subcommand_from %s" % name
        for o in cmds_options[name]:
            k, words = kind(o)
            parts = ["complete -c policyctl -n '%s'" % condition]
            if o["short"]:
                parts.append("-s %s" % o["short"])
            parts.append("-l %s" % o["long"])
            if k == "file":
                parts.append("-r -F")
            elif k == "dir":
                parts.append("-r -a '(__fish_complete_directories)'")
            elif k == "words":
                parts.append("-x -a '%s'" % " ".join(words))
            elif k == "any":
                parts.append("-x")
            parts.append("-d '%s'" % fish_escape(summary(o)))
            lines.append(" ".join(parts))
    lines.append("")
    return "\n".join(lines)


cmds_options = {}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: completions.py POLICYCTL OUTDIR")
    policyctl, outdir = sys.argv[1], sys.argv[2]
    cmds = commands(policyctl)
    if not cmds:
        sys.exit("completions.py: no commands in '%s --help'" % policyctl)
    for name, _ in cmds:
        cmds_options[name] = options(policyctl, name)
    os.makedirs(outdir, exist_ok=True)
    for file, text in (("policyctl.bash", bash(cmds)), ("_policyctl", zsh(cmds)),
                       ("policyctl.fish", fish(cmds))):
        with open(os.path.join(outdir, file), "w", encoding="utf-8") as out:
            out.write(text)


if __name__ == "__main__":
    main()
