#!/usr/bin/env bash
# Installs what granska needs to build (Debian packages), only what is missing.
# Usage: ci/install-deps.sh [--test]   (--test adds what the test suite needs)
set -euo pipefail

packages=(cmake ninja-build g++ libboost-dev nlohmann-json3-dev libspdlog-dev libfmt-dev
          libsimdjson-dev rapidjson-dev libcli11-dev libgcrypt20-dev pkg-config catch2
          libzip-dev libpugixml-dev libxlsxwriter-dev)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libxml2-utils clang libclang-rt-14-dev)
  # Workbooks written by other programs (issue 18): openpyxl, and LibreOffice Calc
  # re-saving a workbook (about 5 minutes to install on the 2-core machine).
  packages+=(python3-openpyxl libreoffice-calc)
  # Two `granska template` runs at different clock times (libfaketime; the test
  # waits for the real clock without it).
  packages+=(faketime)
  command -v python3 >/dev/null 2>&1 || packages+=(python3)  # the --jobs identity test generates its data
  # The SARIF validator runs on Node.js; use the machine's own if it has one.
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "ci/install-deps.sh: installerar ${missing[*]}" >&2
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
