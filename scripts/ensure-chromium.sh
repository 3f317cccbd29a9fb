#!/usr/bin/env bash
# Installs what the browser tests need from Debian: Chromium (npm packages may not download
# browsers here) and a CJK font (so Chinese text renders instead of empty boxes).
# Fast no-op when both are present; exits non-zero with a clear message when it cannot install.
set -euo pipefail

fail() {
  echo "ensure-chromium: $*" >&2
  exit 1
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q 'ok installed' ||
  missing+=(fonts-wqy-microhei)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "ensure-chromium: installing ${missing[*]} with apt-get"
command -v apt-get >/dev/null || fail "no apt-get: install ${missing[*]} by hand (Debian packages)"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "must run as root (or have sudo) to install ${missing[*]}"
  sudo=(sudo)
fi

"${sudo[@]}" apt-get update -q || fail "apt-get update failed"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" ||
  fail "apt-get install ${missing[*]} failed"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is still missing after the install"
echo "ensure-chromium: $(/usr/bin/chromium --version 2>/dev/null)"
