#!/bin/sh
# Runs a command against the real Secret Service: a private D-Bus session with its own
# gnome-keyring, unlocked, in a throwaway HOME (TOOLCHAIN.md, "Keychain"). CTest runs the
# keychain tests through this, so `./dev test` and CI need no special steps.
#   tests/run-with-keyring.sh COMMAND [ARG]...
# DISPLAY is unset: with a display, a locked keyring waits forever on an unlock dialog.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "run-with-keyring.sh: needs dbus-run-session (dbus) and gnome-keyring: run ./dev deps" >&2
  exit 1
fi
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT INT TERM
mkdir -m 700 "$keyring_home/run"
export HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" \
  XDG_CONFIG_HOME="$keyring_home/config" XDG_RUNTIME_DIR="$keyring_home/run"
status=0
# The unlock password must not be empty (an empty one makes gnome-keyring prompt).
dbus-run-session -- sh -c '
  printf %s "sendtrix-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
    echo "run-with-keyring.sh: gnome-keyring-daemon did not start" >&2; exit 1; }
  exec "$@"' run-with-keyring "$@" || status=$?
exit "$status"
