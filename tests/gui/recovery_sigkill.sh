#!/bin/sh
# Unsaved work survives a crash: starts the real tilmech under Xvfb on a copy of a site, types
# into the translation with the X keyboard (xdotool), waits for the recovery copy, kills the
# program with SIGKILL, starts it again, accepts the offer to recover, saves, and compares
# the file with the original plus what was typed.
# Usage: recovery_sigkill.sh TILMECH SITE
set -eu
program=$1
site=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$site" "$work/site"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
page="$work/site/i18n/public/ky/about.erb.md"
cp "$page" "$work/original"
typed='RECOVERED-TEXT-42 '

xvfb-run -a -s "-screen 0 1600x1000x24" sh -eu -c '
    program=$0 work=$1 page=$2 typed=$3
    fail() { echo "recovery_sigkill: $*" >&2; exit 1; }
    wait_for() { i=0; while [ ! -e "$1" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done; [ -e "$1" ]; }
    # The point at a fraction of the main window (x%, y%).
    point() {
        id=$(xdotool search --onlyvisible --name "Tilmech" | head -1)
        eval "$(xdotool getwindowgeometry --shell "$id")"
        echo $((X + WIDTH * $1 / 100)) $((Y + HEIGHT * $2 / 100))
    }

    "$program" "$work/site" --ready-file "$work/ready1" &
    pid=$!
    wait_for "$work/ready1" || fail "no first preview in 60 s"
    sleep 1
    # The translation editor is the second text pane; the keyboard follows the pointer.
    xdotool mousemove $(point 53 40) click 1
    sleep 0.3
    xdotool key ctrl+Home
    xdotool type --delay 20 "$typed"
    sleep 4 # the recovery copy is written a few seconds after typing stops
    ls "$XDG_DATA_HOME"/*/*/recovery/*.json >/dev/null 2>&1 || fail "no recovery copy was written"
    kill -KILL $pid
    wait $pid 2>/dev/null || true
    cmp -s "$page" "$work/original" || fail "the page changed on disk without being saved"

    "$program" "$work/site" --ready-file "$work/ready2" &
    pid=$!
    wait_for "$work/ready2" || fail "no preview after the restart"
    sleep 1
    # The offer to recover is a window of its own; Recover is its default button.
    box=$(xdotool search --onlyvisible --name "Recover Unsaved Work" | head -1)
    [ -n "$box" ] || fail "no offer to recover after the restart"
    eval "$(xdotool getwindowgeometry --shell "$box")"
    # A click on its text makes it the active window (there is no window manager here).
    xdotool mousemove $((X + WIDTH / 2)) $((Y + HEIGHT / 5)) click 1
    sleep 0.3
    xdotool key Return
    sleep 1
    # A click makes the window active again (there is no window manager to do it).
    xdotool mousemove $(point 53 40) click 1
    sleep 0.3
    xdotool key ctrl+s
    sleep 1
    { printf "%s" "$typed"; cat "$work/original"; } > "$work/expected"
    status=0
    cmp -s "$page" "$work/expected" || { echo "recovery_sigkill: the saved page is not the original with the typed text" >&2; diff "$work/expected" "$page" | head -5 >&2; status=1; }
    if ls "$XDG_DATA_HOME"/*/*/recovery/*.json >/dev/null 2>&1; then
        echo "recovery_sigkill: the recovery copy is still there after saving" >&2
        status=1
    fi
    kill $pid
    wait $pid 2>/dev/null || true
    exit $status
' "$program" "$work" "$page" "$typed"
echo "recovery_sigkill: recovered and saved the exact text"
