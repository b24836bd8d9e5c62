#!/bin/sh
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer in
# BUILD_DIR and runs each for SECONDS, seeded from tests/fuzz/seeds, the kept regression
# inputs, the sample site and the corpus (../shared/corpus or $TILMECH_CORPUS) when it is
# there. A crash stops the run: its input is in BUILD_DIR/work/TARGET/, to be fixed and then
# kept in tests/fuzz/regressions/TARGET/.
# Usage: run.sh BUILD_DIR [SECONDS [TARGET...]]
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$1
seconds=${2:-20}
[ $# -ge 2 ] && shift 2 || shift $#
targets=${*:-templatelexer frontmatter catalog renderer validator}
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DTILMECH_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$build.configure.log" 2>&1 || { cat "$build.configure.log" >&2; exit 1; }
cmake --build "$build"

corpus=${TILMECH_CORPUS:-$src/../shared/corpus}
site="$corpus/hourofcode.com"
status=0
for target in $targets; do
    work="$build/work/$target"
    rm -rf "$work"
    mkdir -p "$work/found" "$work/seeds"
    # Seeds are copied, so that libFuzzer reads them all from folders of files.
    for d in "$src/tests/fuzz/seeds/$target" "$src/tests/fuzz/regressions/$target"; do
        [ -d "$d" ] && cp -r "$d/." "$work/seeds/"
    done
    if [ "$target" = catalog ]; then
        [ -d "$site" ] && cp "$site"/i18n/*.yml "$work/seeds/" 2>/dev/null || true
        cp "$src"/resources/sample-site/i18n/*.yml "$work/seeds/"
    else
        find "$src/resources/sample-site" -name '*.md*' -exec cp {} "$work/seeds/" \;
        [ -d "$site" ] && find "$site" -name '*.md*' -exec cp {} "$work/seeds/" \; || true
    fi
    if "$build/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=262144 -seed=1 -print_final_stats=1 -artifact_prefix="$work/" \
        "$work/found" "$work/seeds" > "$work/log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
        echo "fuzz $target: $runs executions in ${seconds} s, no crash"
    else
        echo "fuzz $target: FAILED; the input is in $work/" >&2
        grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$work/log" | head -20 >&2
        status=1
    fi
done
exit $status
