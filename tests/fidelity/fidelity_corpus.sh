#!/bin/sh
# fidelity_corpus: renders every Kyrgyz page file of the corpus with tilmech-cli and with the
# live site's own pipeline (../shared/tools/oracle/render.rb, through fidelity.py) and fails
# when fewer than MIN pages match. Without the corpus or Ruby it is skipped by name, except
# under CI (CI=true), where it fails.
# Usage: fidelity_corpus.sh CLI SOURCE_DIR MIN
set -u
cli=$1 source=$2 min=$3
corpus=${TILMECH_CORPUS:-$source/../shared/corpus}
tools=$(dirname "$corpus")/tools
site=$corpus/hourofcode.com

missing() {
    if [ "${CI:-}" = true ]; then
        echo "fidelity_corpus: FAILED: $1 (required under CI)" >&2
        exit 1
    fi
    echo "fidelity_corpus: skipped: $1"
    exit 77
}

[ -d "$site/i18n/public/ky" ] || missing "corpus not found ($corpus; set TILMECH_CORPUS)"
[ -f "$tools/fidelity.py" ] || missing "fidelity.py not found in $tools"
command -v ruby >/dev/null 2>&1 || missing "ruby not installed (packaging/install-deps.sh installs it)"
ruby -e 'require "redcarpet"; require "haml"; require "erubis"' 2>/dev/null \
    || missing "ruby-redcarpet, ruby-haml or ruby-erubis not installed"

out=$(python3 "$tools/fidelity.py" "$cli" "$site" ky kg) || { echo "$out"; exit 1; }
echo "$out"
score=$(echo "$out" | sed -n 's/^fidelity: \([0-9]*\)\/\([0-9]*\) .*/\1/p')
if [ -z "$score" ]; then
    echo "fidelity_corpus: FAILED: no score in fidelity.py's output" >&2
    exit 1
fi
if [ "$score" -lt "$min" ]; then
    echo "fidelity_corpus: FAILED: $score pages match, fewer than the $min required" >&2
    exit 1
fi
echo "fidelity_corpus: $score pages match (at least $min required)"
