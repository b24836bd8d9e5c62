#!/bin/sh
# Installs Tilmech with `cmake --install` into a scratch prefix and builds the Debian package
# with CPack, then checks what each holds: both programs, the desktop entry, AppStream
# metainfo (appstreamcli validate), the icon, the sample site; the package's dependencies
# (from dpkg-shlibdeps and the ones named by hand); and that the installed tilmech-cli runs.
# Usage: check_package.sh BUILD_DIR VERSION
set -eu
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
app_id=org.tilmech.Tilmech
expected="bin/tilmech bin/tilmech-cli
share/applications/$app_id.desktop
share/metainfo/$app_id.metainfo.xml
share/icons/hicolor/scalable/apps/$app_id.svg
share/tilmech/sample-site/config.json
share/doc/tilmech/README.md"

check_tree() { # ROOT: the installed files and that they work
    root=$1
    for f in $expected; do
        [ -e "$root/$f" ] || fail "$f is not installed under $root"
    done
    [ -x "$root/bin/tilmech" ] || fail "$root/bin/tilmech is not executable"
    out=$("$root/bin/tilmech-cli" --version) || fail "installed tilmech-cli --version failed"
    echo "$out" | grep -q "^tilmech-cli $version\$" || fail "installed tilmech-cli says: $out"
    echo "$out" | grep -q "cmark-gfm" || fail "tilmech-cli --version does not name cmark-gfm: $out"
    set +e
    LC_ALL=C.UTF-8 "$root/bin/tilmech-cli" validate --site "$root/share/tilmech/sample-site" --lang ky \
        > "$work/validate.txt" 2>&1
    code=$?
    set -e
    # The sample site has deliberate defects: errors found (1), but the run itself works.
    [ "$code" -eq 1 ] || fail "installed tilmech-cli validate on the installed sample site exited $code"
    grep -q "error:" "$work/validate.txt" || fail "no findings on the installed sample site"
    appstreamcli validate --no-net "$root/share/metainfo/$app_id.metainfo.xml" > "$work/appstream.txt" 2>&1 \
        || { cat "$work/appstream.txt" >&2; fail "appstreamcli validate rejects the metainfo"; }
    if command -v desktop-file-validate > /dev/null; then
        desktop-file-validate "$root/share/applications/$app_id.desktop" \
            || fail "desktop-file-validate rejects the desktop entry"
    fi
    grep -q "^Exec=tilmech" "$root/share/applications/$app_id.desktop" || fail "desktop entry does not run tilmech"
    grep -q "<svg" "$root/share/icons/hicolor/scalable/apps/$app_id.svg" || fail "icon is not SVG"
}

# 1. cmake --install into a prefix.
cmake --install "$build" --prefix "$work/prefix" > "$work/install.log" \
    || { cat "$work/install.log" >&2; fail "cmake --install failed"; }
check_tree "$work/prefix"

# 2. The Debian package.
cpack --config "$build/CPackConfig.cmake" -B "$work/package" > "$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; exit 1; }
deb=$(ls "$work"/package/tilmech_"$version"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { ls -R "$work/package" >&2; fail "no tilmech_${version}_*.deb made"; exit 1; }
echo "package: $(basename "$deb")"
dpkg -c "$deb" > "$work/contents.txt"
for f in $expected; do
    grep -q " \./usr/$f\$" "$work/contents.txt" || fail "$f is not in the package"
done
if grep -q -E " \./(build|tests|work|tmp|root)/" "$work/contents.txt"; then
    fail "the package holds files outside /usr"
fi
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6webenginewidgets6 libqt6widgets6 libqt6core6 libcmark-gfm libyaml-cpp libzip libssl3 libqt6webenginecore6-bin qt6-qpa-plugins; do
    echo "$depends" | grep -q "$dep" || fail "Depends lacks $dep"
done
[ "$(dpkg-deb -f "$deb" Package)" = tilmech ] || fail "package name is not tilmech"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
dpkg -x "$deb" "$work/root"
check_tree "$work/root/usr"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package and install checks passed"
