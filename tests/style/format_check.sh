#!/bin/sh
# format_check: every C++ source of the project is as .clang-format writes it. Without
# clang-format it is skipped by name, except under CI (CI=true), where it fails.
# Usage: format_check.sh SOURCE_DIR
set -u
source=$1
if ! command -v clang-format >/dev/null 2>&1; then
    if [ "${CI:-}" = true ]; then
        echo "format_check: FAILED: clang-format not installed (packaging/install-deps.sh installs it)" >&2
        exit 1
    fi
    echo "format_check: skipped: clang-format not installed"
    exit 77
fi
files=$(find "$source/src" "$source/tests" \( -name '*.cpp' -o -name '*.h' \) | sort)
count=$(echo "$files" | wc -l)
# shellcheck disable=SC2086
if out=$(clang-format --style=file --dry-run --Werror $files 2>&1); then
    echo "format_check: $count files as .clang-format writes them"
    exit 0
fi
echo "$out" | grep -E 'warning:|error:' | head -40
echo "format_check: FAILED: run clang-format -i on the files above"
exit 1
