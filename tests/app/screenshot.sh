#!/bin/sh
# Starts the real tilmech under Xvfb on a copy of a site, waits until its first preview is
# shown, and takes a screenshot of the whole screen with ImageMagick's import.
# Usage: screenshot.sh TILMECH SITE OUTPUT.png [extra tilmech arguments...]
set -eu
program=$1
site=$2
output=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$site" "$work/site"
export HOME="$work/home"
export XDG_CONFIG_HOME="$work/config"
export XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
rm -f "$output"
xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
    program=$0 site=$1 work=$2 output=$3
    shift 3
    "$program" "$site" --ready-file "$work/ready" "$@" &
    pid=$!
    i=0
    while [ ! -f "$work/ready" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
    [ -f "$work/ready" ] || { echo "tilmech did not show a preview in 60 s" >&2; kill $pid; exit 1; }
    sleep 2
    import -window root "$output"
    kill $pid
    wait $pid 2>/dev/null || true
' "$program" "$work/site" "$work" "$output" "$@"
size=$(wc -c < "$output")
[ "$size" -gt 20000 ] || { echo "screenshot $output is too small ($size bytes)" >&2; exit 1; }
echo "screenshot written to $output ($size bytes)"
