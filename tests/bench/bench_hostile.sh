#!/bin/sh
# Hostile inputs, measured: builds small sites from the sample site that hold one runaway
# case each (a view including itself, a chain of views passing locals, a YAML alias bomb, a
# catalog that is /dev/zero or a FIFO, a page of deep nesting, a table 12,000 columns wide)
# and runs tilmech-cli on each under /usr/bin/time -v, capped in time and address space so
# that a build without the limits cannot take the machine down. Prints one line a run: the
# case, the command, wall time, peak resident memory and exit status (or the signal).
#
# Usage: bench_hostile.sh CLI [WORK_DIR]
#   CLI       a tilmech-cli to measure (run it twice, with an older build, to compare)
#   WORK_DIR  where the sites are made (default: a new temporary folder, removed after)
# Environment: CAP_SECONDS (default 90), CAP_BYTES of address space (default 8000000000).
set -eu
cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$(dirname "$0")/../.." && pwd)
sample="$src/resources/sample-site"
work=${2:-}
if [ -z "$work" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
else
    mkdir -p "$work"
    work=$(cd "$work" && pwd)
fi
cap_seconds=${CAP_SECONDS:-90}
cap_bytes=${CAP_BYTES:-8000000000}

site() { rm -rf "$work/$1"; cp -r "$sample" "$work/$1"; }

# 7: views/x.erb holds "<%= view :x %>" four times (88 bytes), a page includes it.
site views-self
printf '<%%= view :x %%>\n\n<%%= view :x %%>\n\n<%%= view :x %%>\n\n<%%= view :x %%>\n\n' \
    > "$work/views-self/views/x.erb"
printf -- '---\ntitle: Self\n---\n# Self\n\n<%%= view :x %%>\n' > "$work/views-self/public/bomb.md"

# 7: a chain of views passing locals, each including the next four times.
site views-locals
printf '<%%= view :y, n: n %%><%%= view :y, n: n %%><%%= view :y, n: n %%><%%= view :y, n: n %%>\n' \
    > "$work/views-locals/views/y.erb"
printf -- '---\ntitle: Chain\n---\n# Chain\n\n<%%= view :y, n: "a" %%>\n' \
    > "$work/views-locals/public/bomb.md"

# 8: 7 levels of maps, each repeating the level below 10 times through aliases.
site alias-bomb
{
    cat "$sample/i18n/ky.yml"
    echo '  l0: &a0 "lol lol lol lol"'
    awk 'BEGIN { for (i = 1; i <= 7; i++) {
        line = sprintf("  l%d: &a%d {", i, i)
        for (j = 0; j < 10; j++) line = line sprintf("%sk%d: *a%d", j ? ", " : "", j, i - 1)
        print line "}" } }'
} > "$work/alias-bomb/i18n/ky.yml"

# 9: the catalog is a symbolic link to /dev/zero, or a FIFO nobody writes.
site catalog-zero
ln -sf /dev/zero "$work/catalog-zero/i18n/ky.yml"
site catalog-fifo
rm -f "$work/catalog-fifo/i18n/ky.yml"
mkfifo "$work/catalog-fifo/i18n/ky.yml"

# 10: 5,000 nested blockquotes around a 3,000-deep list, in English and in Kyrgyz.
site deep-nesting
awk 'BEGIN { printf "---\ntitle: Deep\n---\n# Deep\n\n"
    for (i = 0; i < 5000; i++) printf "> "
    for (i = 0; i < 3000; i++) printf "- "
    printf "item **bold** text\n"
    for (i = 0; i < 25000; i++) printf "more words of the item and more of it "
    printf "\n" }' > "$work/deep-nesting/public/learn.md"
sed 's/text/текст/' "$work/deep-nesting/public/learn.md" > "$work/deep-nesting/i18n/public/ky/learn.md"

# 11: a table of 12,000 columns and 10 rows (288 KB).
site wide-table
awk 'function row(c) { s = "|"; for (i = 0; i < 12000; i++) s = s c "|"; print s }
    BEGIN { printf "---\ntitle: Wide\n---\n\n"; row("h"); row("-"); for (r = 0; r < 10; r++) row("c") }' \
    > "$work/wide-table/public/wide.md"

measure() {
    name=$1
    shift
    timeout "$cap_seconds" prlimit --as="$cap_bytes" /usr/bin/time -v "$cli" "$@" \
        > "$work/out.txt" 2> "$work/time.txt" || true
    seconds=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    status=$(sed -n 's/.*Exit status: //p' "$work/time.txt")
    signal=$(sed -n 's/.*Command terminated by signal //p' "$work/time.txt")
    [ -n "$signal" ] && status="signal $signal"
    [ -z "$seconds" ] && { seconds="killed at ${cap_seconds} s"; peak=0; status=timeout; }
    printf '%-14s %-9s %12s %8s MiB  exit %s\n' "$name" "$1" "$seconds" "$((${peak:-0} / 1024))" "$status"
}

printf '%-14s %-9s %12s %12s  %s\n' case command "wall time" "peak memory" status
measure views-self render --site "$work/views-self" bomb
measure views-self validate --site "$work/views-self" --lang en bomb
measure views-locals render --site "$work/views-locals" bomb
measure views-locals validate --site "$work/views-locals" --lang en bomb
measure alias-bomb strings --site "$work/alias-bomb" --lang ky
measure alias-bomb render --site "$work/alias-bomb" --lang ky index
measure alias-bomb validate --site "$work/alias-bomb" --lang ky index
measure catalog-zero strings --site "$work/catalog-zero" --lang ky
measure catalog-zero validate --site "$work/catalog-zero" --lang ky
measure catalog-fifo strings --site "$work/catalog-fifo" --lang ky
measure catalog-fifo validate --site "$work/catalog-fifo" --lang ky
measure deep-nesting render --site "$work/deep-nesting" --lang ky learn
measure deep-nesting validate --site "$work/deep-nesting" --lang ky learn
measure wide-table render --site "$work/wide-table" wide
measure wide-table validate --site "$work/wide-table" --lang en wide
