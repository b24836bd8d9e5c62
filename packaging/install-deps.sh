#!/bin/sh
# Installs the Debian 12 packages Tilmech needs to build, test and run.
# Idempotent: when everything is already installed it only checks and returns.
set -eu

PACKAGES="cmake ninja-build g++ pkg-config git
 qt6-base-dev qt6-webengine-dev qt6-webengine-dev-tools libqt6webenginecore6-bin
 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
 libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libzip-dev libssl-dev
 xvfb xauth xdotool imagemagick fonts-dejavu-core linkchecker
 ruby ruby-redcarpet ruby-haml ruby-erubis python3
 clang libclang-rt-14-dev clang-format
 dpkg-dev appstream desktop-file-utils"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages:$missing" >&2
    echo "install-deps: run this script as root (or with sudo) to install them" >&2
    exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
