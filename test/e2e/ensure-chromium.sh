#!/usr/bin/env bash
# The e2e run drives Debian's Chromium through playwright-core (no `playwright install`:
# browser downloads are not reachable here). Idempotent; runs unattended as root in CI.
set -euo pipefail

# CHROMIUM overrides the path only to exercise the install branch of this script.
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo -n"
fi

echo "ensure-chromium: $CHROMIUM missing, installing Debian's chromium" >&2
export DEBIAN_FRONTEND=noninteractive
# Wait for a concurrent apt/dpkg run (another job installing the same thing) instead of failing.
APT_OPTS=(-q -o DPkg::Lock::Timeout=600)
$SUDO apt-get "${APT_OPTS[@]}" update </dev/null
$SUDO apt-get "${APT_OPTS[@]}" install -y chromium fonts-dejavu-core </dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: install finished but $CHROMIUM is still missing" >&2
  exit 1
fi
