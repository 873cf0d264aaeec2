#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests of the HTML report (issue 5),
# only when no chromium is on the PATH. Safe to run again: it does nothing then.
set -euo pipefail

for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then
    exit 0
  fi
done

echo "ci/install-browser.sh: installerar chromium" >&2
SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO="sudo"
$SUDO apt-get update -qq
# fonts-dejavu-core: å, ä and ö render the same on every machine (screenshots).
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  chromium fonts-dejavu-core >/dev/null
command -v chromium >/dev/null
