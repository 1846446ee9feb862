#!/usr/bin/env bash
# package-install-test.sh BUILD_DIR CPACK WORK_DIR
# Makes the Debian package, unpacks it into WORK_DIR/root and runs the
# installed program from there.
set -euo pipefail
build=$1
cpack=$2
work=$3

rm -rf "$work"
mkdir -p "$work/root" "$work/home"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"

"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; exit 1; }
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)
[ -n "$deb" ] || { echo "no .deb produced"; cat "$work/cpack.log"; exit 1; }
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb -x "$deb" "$work/root"

root=$work/root
id=net.connectorconfigurator.ConnectorConfigurator
expected=(
    usr/bin/connector-configurator
    "usr/share/applications/$id.desktop"
    "usr/share/metainfo/$id.metainfo.xml"
    usr/share/icons/hicolor/scalable/apps/connector-configurator.svg
    usr/share/man/man1/connector-configurator.1
    usr/share/mime/packages/connector-configurator.xml
)
for file in "${expected[@]}"; do
    [ -f "$root/$file" ] || { echo "missing from the package: $file"; exit 1; }
done

program=$root/usr/bin/connector-configurator
version=$("$program" --version)
echo "--version: $version"
grep -q '[0-9]\+\.[0-9]\+\.[0-9]\+' <<<"$version" || { echo "no version number"; exit 1; }

"$program" show 770-1324 --db "$work/catalog.sqlite" >"$work/show.txt"
head -n 5 "$work/show.txt"
grep -q '770-1324' "$work/show.txt" || { echo "show 770-1324 printed no part"; exit 1; }

# The desktop integration files are well formed.
grep -q '^MimeType=.*application/x-ccproj;' "$root/usr/share/applications/$id.desktop"
grep -q 'type="application/x-ccproj"' "$root/usr/share/mime/packages/connector-configurator.xml"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/$id.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
else
    echo "appstreamcli not found: metainfo not validated"
fi
if command -v xmllint >/dev/null; then
    xmllint --noout "$root/usr/share/icons/hicolor/scalable/apps/connector-configurator.svg" \
        "$root/usr/share/mime/packages/connector-configurator.xml"
fi
if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$root/usr/share/man/man1/connector-configurator.1" >/dev/null
fi
echo "package install test passed"
