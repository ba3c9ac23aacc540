#!/usr/bin/env bash
# Install test (issue 11): builds the packages from a configured build folder, installs the
# .deb files on this machine, checks what a user and an operator would run first, and
# checks that purging them leaves no file behind. Needs root (dpkg) and changes the system:
# CI runs it (.ci/run); on a workstation run it in a throwaway container.
#   packaging/linux/install-test.sh BUILD_DIR
set -euo pipefail
build="${1:?usage: install-test.sh BUILD_DIR}"
build="$(cd "$build" && pwd)"
[ "$(id -u)" -eq 0 ] || { echo "install-test.sh needs root (it installs packages)" >&2; exit 2; }
export DEBIAN_FRONTEND=noninteractive
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "INSTALL TEST FAILED: $*" >&2; exit 1; }

version="$(sed -n 's/^#define SENDTRIX_VERSION "\(.*\)"/\1/p' "$build/generated/sendtrix/Version.h" || true)"
[ -n "$version" ] || version="$(grep -m1 -oP 'project\(Sendtrix VERSION \K[0-9.]+' "$(dirname "$0")/../../CMakeLists.txt")"

echo "== packages"
cmake --build "$build" --target sendtrix sendtrix-cli sendtrix-server >/dev/null
(cd "$build" && cpack -B "$work/pkg" >/dev/null)
desktop_deb="$(ls "$work"/pkg/sendtrix_"$version"_*.deb)"
server_deb="$(ls "$work"/pkg/sendtrix-server_"$version"_*.deb)"
ls -l "$work"/pkg/*.deb "$work"/pkg/*.rpm "$work"/pkg/*.tar.gz 2>/dev/null || true
for rpm in "$work"/pkg/*.rpm; do
    [ -e "$rpm" ] || continue
    rpm -qpl "$rpm" >/dev/null || fail "$rpm is not a readable RPM"
done

# Whatever the packages depend on is installed first (and stays): the comparison after
# purging is about the packages' own files only.
apt-get install -y --no-install-recommends "$desktop_deb" "$server_deb" >/dev/null
apt-get purge -y sendtrix sendtrix-server >/dev/null
snapshot() {
    find /usr /etc /opt /var/lib /var/opt -xdev \
        \( -path /var/lib/dpkg -o -path /var/lib/apt -o -path /var/lib/systemd \
           -o -path /var/lib/ucf -o -path /etc/ld.so.cache -o -path /usr/share/mime \
           -o -name 'icon-theme.cache' -o -path /usr/share/applications/mimeinfo.cache \
           -o -path /var/lib/postgresql \) -prune -o -print 2>/dev/null | sort
}
snapshot >"$work/before"

echo "== install"
dpkg -i "$desktop_deb" "$server_deb" >/dev/null || fail "dpkg -i failed"
[ -x /usr/bin/sendtrix ] && [ -x /usr/bin/sendtrix-cli ] && [ -x /usr/bin/sendtrix-server ] \
    || fail "the programs are not in /usr/bin"

echo "== sendtrix --version (no display)"
out="$(env -u DISPLAY -u WAYLAND_DISPLAY sendtrix --version)"
[ "$out" = "sendtrix $version" ] || fail "sendtrix --version said: $out"

echo "== sendtrix-cli contacts count on a new store"
home="$work/home"
mkdir -p "$home"
out="$(HOME="$home" XDG_DATA_HOME="$home/data" sendtrix-cli contacts count)"
[ "$out" = "0" ] || fail "contacts count on a new store said: $out"
HOME="$home" XDG_DATA_HOME="$home/data" sendtrix-cli contacts add --email anna@example.nl >/dev/null
out="$(HOME="$home" XDG_DATA_HOME="$home/data" sendtrix-cli contacts count)"
[ "$out" = "1" ] || fail "contacts count after one add said: $out"

echo "== sendtrix-server --version, unit file"
out="$(sendtrix-server --version)"
[ "$out" = "sendtrix-server $version" ] || fail "sendtrix-server --version said: $out"
unit=/usr/lib/systemd/system/sendtrix-server.service
[ -f "$unit" ] || unit=/lib/systemd/system/sendtrix-server.service
systemd-analyze verify "$unit" || fail "systemd-analyze verify $unit"
getent passwd sendtrix >/dev/null || fail "the sendtrix user was not made"
[ "$(stat -c %U:%G /var/lib/sendtrix)" = "sendtrix:sendtrix" ] || fail "/var/lib/sendtrix not owned by sendtrix"
[ "$(stat -c %a /etc/sendtrix/server.ini)" = "640" ] || fail "/etc/sendtrix/server.ini is readable by others"

echo "== desktop integration"
desktop-file-validate /usr/share/applications/nl.sendtrix.Sendtrix.desktop || fail "desktop file"
appstreamcli validate --no-net /usr/share/metainfo/nl.sendtrix.Sendtrix.metainfo.xml >/dev/null \
    || fail "metainfo"
for size in 16 32 48 64 128 256 512; do
    [ -f /usr/share/icons/hicolor/${size}x${size}/apps/nl.sendtrix.Sendtrix.png ] || fail "no ${size}px icon"
done
[ -f /usr/share/icons/hicolor/scalable/apps/nl.sendtrix.Sendtrix.svg ] || fail "no SVG icon"
grep -q '^MimeType=.*text/csv' /usr/share/applications/nl.sendtrix.Sendtrix.desktop || fail "no CSV association"

echo "== purge"
apt-get purge -y sendtrix sendtrix-server >/dev/null
snapshot >"$work/after"
if ! diff -u "$work/before" "$work/after" >"$work/diff"; then
    cat "$work/diff" >&2
    fail "files left behind after purging"
fi
getent passwd sendtrix >/dev/null && fail "the sendtrix user is still there"
echo "install test passed: sendtrix $version"
