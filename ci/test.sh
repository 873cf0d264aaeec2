#!/usr/bin/env bash
# Installs what is missing, builds granska and its tests, and runs them all.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/install-deps.sh --test
for extra in ci/install-validators.sh ci/install-browser.sh; do
  [[ -x "$extra" ]] && "$extra"
done
ci/build.sh build
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 300
