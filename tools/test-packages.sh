#!/usr/bin/env sh
# Installs the Debian packages the tests need beyond the JDK and Maven, only those missing, so it
# needs no network when everything is there: Chromium and its driver for the browser tests, curl
# and jq for the README walk-through. Run by `./bookline test` (and so by `.ci/run`). Where it cannot
# install (not Debian, not root, no network) it says so, and the tests that need a package fail
# and name it.
set -u
PACKAGES="chromium chromium-driver jq curl"
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for pkg in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "bookline: the tests need$missing; install them: sudo apt-get install$missing" >&2
  exit 0
fi
echo "bookline: installing$missing" >&2
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; }; then
  echo "bookline: could not install$missing: tests that need them will fail and say so" >&2
fi
exit 0
