#!/bin/sh
# Unsaved work survives a crash, up to the last moments of typing: starts the real tilmech
# under Xvfb on a copy of a site, types into the translation with the X keyboard (xdotool),
# one key at a time without a pause, noting when each key went out; kills the program with
# SIGKILL while the typing goes on, starts it again, accepts the offer to recover, saves, and
# checks that the file is the original with a beginning of what was typed in front, and that
# this beginning holds every key typed more than MARGIN_MS (500) before the kill.
# Usage: recovery_sigkill.sh TILMECH SITE
set -eu
program=$1
site=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
page="$work/site/i18n/public/ky/about.erb.md"
cp "$site/i18n/public/ky/about.erb.md" "$work/original"
margin_ms=${MARGIN_MS:-500}

session='
    program=$0 work=$1 page=$2 margin_ms=$3
    fail() { echo "recovery_sigkill: $*" >&2; exit 1; }
    wait_for() { i=0; while [ ! -e "$1" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done; [ -e "$1" ]; }
    now_ms() { echo $(($(date +%s%N) / 1000000)); }
    # The point at a fraction of the main window (x%, y%).
    point() {
        id=$(xdotool search --onlyvisible --name "Tilmech" | head -1)
        eval "$(xdotool getwindowgeometry --shell "$id")"
        echo $((X + WIDTH * $1 / 100)) $((Y + HEIGHT * $2 / 100))
    }
    letters=abcdefghijklmnopqrstuvwxyz

    "$program" "$work/site" --ready-file "$work/ready1" &
    pid=$!
    wait_for "$work/ready1" || fail "no first preview in 60 s"
    sleep 1
    # The translation editor is the second text pane; the keyboard follows the pointer.
    xdotool mousemove $(point 53 40) click 1
    sleep 0.3
    xdotool key ctrl+Home
    # The typist: key n is the (n mod 26)-th letter; "n time" per line, once the key is out.
    (
        n=0
        while [ ! -e "$work/stop" ]; do
            i=$((n % 26 + 1))
            xdotool type --delay 0 "$(echo $letters | cut -c$i)"
            echo "$n $(now_ms)" >>"$work/keys"
            n=$((n + 1))
            sleep 0.03
        done
    ) &
    typist=$!
    sleep 4
    ls "$XDG_DATA_HOME"/*/*/recovery/*.json >/dev/null 2>&1 || echo "recovery_sigkill: no recovery copy yet while typing" >&2
    killed=$(now_ms)
    kill -KILL $pid
    wait $pid 2>/dev/null || true
    touch "$work/stop"
    wait $typist
    cmp -s "$page" "$work/original" || fail "the page changed on disk without being saved"
    # The keys typed before the kill, in order, and how many of them went out at least
    # margin_ms before it.
    awk -v killed=$killed "\$2 <= killed { printf \"%s\", substr(\"$letters\", \$1 % 26 + 1, 1) }" "$work/keys" >"$work/typed"
    due=$(awk -v limit=$((killed - margin_ms)) "\$2 <= limit" "$work/keys" | wc -l)
    [ "$due" -gt 20 ] || fail "only $due keys were typed before the kill: the typist did not keep up"

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
    status=0
    held=$(($(wc -c <"$page") - $(wc -c <"$work/original")))
    { head -c $((held > 0 ? held : 0)) "$work/typed"; cat "$work/original"; } >"$work/expected"
    if ! cmp -s "$page" "$work/expected"; then
        echo "recovery_sigkill: the saved page is not the original with the beginning of the typed text" >&2
        diff "$work/expected" "$page" | head -5 >&2
        status=1
    elif [ "$held" -lt "$due" ]; then
        echo "recovery_sigkill: $held keys recovered, but $due were typed more than $margin_ms ms before the kill" >&2
        status=1
    fi
    last=$(awk -v n=$held "\$1 == n - 1 { print \$2 }" "$work/keys")
    echo "recovery_sigkill: $held of $(wc -c <"$work/typed") keys recovered; the last one was typed $((killed - ${last:-0})) ms before the kill"
    if ls "$XDG_DATA_HOME"/*/*/recovery/*.json >/dev/null 2>&1; then
        echo "recovery_sigkill: the recovery copy is still there after saving" >&2
        status=1
    fi
    kill $pid
    wait $pid 2>/dev/null || true
    exit $status
'

# One run of the scenario in a display of its own. When the X server itself could not be
# reached (xdotool: "Can't open display"), the run says nothing about Tilmech: it is tried
# once more, in a fresh display and folder.
run() {
    rm -rf "$work/site" "$work/home" "$work/config" "$work/data" "$work"/ready* "$work/stop" "$work/keys"
    cp -r "$site" "$work/site"
    mkdir -p "$HOME"
    xvfb-run -a -s "-screen 0 1600x1000x24" sh -eu -c "$session" "$program" "$work" "$page" "$margin_ms" 2>"$work/stderr"
}
if ! run; then
    cat "$work/stderr" >&2
    grep -q "Can't open display" "$work/stderr" || exit 1
    echo "recovery_sigkill: the X server could not be reached; trying once more" >&2
    run || { cat "$work/stderr" >&2; exit 1; }
fi
cat "$work/stderr" >&2
echo "recovery_sigkill: recovered everything typed until $margin_ms ms before the kill, and saved it"
