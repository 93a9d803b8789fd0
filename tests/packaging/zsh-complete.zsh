#!/usr/bin/env zsh
# Prints the matches zsh's completion system offers at the end of a command line, one a line.
# Completion widgets run only inside the line editor, so this starts an interactive zsh on a
# pseudo-terminal (zsh/zpty), loads compinit with the completion folder first in $fpath, types
# the line and a Tab, and reads back what a wrapper around compadd printed. The wrapper asks
# the real compadd which of the words match the typed prefix (-O) before adding them, so the
# output is what a user would be offered. The line itself is never run.
#   zsh -f zsh-complete.zsh COMPLETION_DIR 'policyctl trace --fr'
# Exit status: 0 with the matches printed, 2 when the harness itself fails.

if [[ $1 == --setup ]]; then
    # Sourced inside the zsh on the pseudo-terminal.
    PS1='' PROMPT='' RPROMPT=''
    fpath=("$ZSH_COMPLETE_DIR" $fpath)
    autoload -Uz compinit && compinit -u -D
    zstyle ':completion:*' insert-tab false
    zstyle ':completion:*' list-grouped false
    compadd() {
        # Calls that only collect words into an array (-O, -A, -D) add nothing: pass them on.
        if (( ${@[(I)-[OAD]]} )); then
            builtin compadd "$@"
            return
        fi
        local -a zc_matched
        builtin compadd -O zc_matched "$@"
        local zc_word
        for zc_word in $zc_matched; do
            print -r -- "ZSH-COMPLETE-MATCH:$zc_word"
        done
        builtin compadd "$@"
    }
    zsh_complete_end() {
        print -r -- ZSH-COMPLETE-END
        exit 0
    }
    comppostfuncs=(zsh_complete_end)
    bindkey '^I' complete-word
    print -r -- ZSH-COMPLETE-READY
    return 0
fi

if (( $# != 2 )); then
    print -u2 "usage: zsh-complete.zsh COMPLETION_DIR LINE"
    exit 2
fi
zmodload zsh/zpty || exit 2
export ZSH_COMPLETE_DIR=${1:A}
zpty zc zsh -f -i || exit 2
zpty -w zc "source ${(q)${0:A}} --setup"

# Each read waits for a whole line; a harness that stops answering is ended by the caller's
# timeout.
zc_line=
ready=0
while zpty -r zc zc_line; do
    if [[ $zc_line == *ZSH-COMPLETE-READY* ]]; then
        ready=1
        break
    fi
done
if (( !ready )); then
    print -u2 "zsh-complete: the interactive zsh did not start"
    exit 2
fi

zpty -w -n zc "$2"$'\t'
ended=0
while zpty -r zc zc_line; do
    zc_line=${${zc_line//$'\r'/}%$'\n'}
    if [[ $zc_line == *ZSH-COMPLETE-END* ]]; then
        ended=1
        break
    fi
    if [[ $zc_line == *ZSH-COMPLETE-MATCH:* ]]; then
        print -r -- "${zc_line#*ZSH-COMPLETE-MATCH:}"
    fi
done
zpty -d zc
if (( !ended )); then
    print -u2 "zsh-complete: completion did not finish"
    exit 2
fi
exit 0
