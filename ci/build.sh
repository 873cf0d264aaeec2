#!/usr/bin/env bash
# Configures and builds granska. Usage: ci/build.sh [BUILD_DIR] [extra cmake args...]
# BUILD_DIR defaults to build/. Release-grade optimisation with debug info.
# TARGET=granska builds the binary alone (what ci/demo.sh needs), not the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-build}"
shift || true
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
cmake --build "$dir" -j"$(nproc)" ${TARGET:+--target "$TARGET"}
