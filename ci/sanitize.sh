#!/usr/bin/env bash
# Runs the test suite under sanitizers (issue 9).
# Usage: ci/sanitize.sh [address|thread] [ctest args...]
#   address (default): configures build-asan/ with -DGRANSKA_SANITIZE=address,undefined
#                      and runs the whole ctest suite under ASan + UBSan (+ LeakSanitizer).
#   thread:            configures build-tsan/ with -DGRANSKA_SANITIZE=thread and runs the
#                      tests that check cases in parallel (tag [jobs], and every test whose
#                      name mentions jobs); the binary they start is built with TSan too.
# Environment: SANITIZE_JOBS (parallel build and test jobs, default: nproc).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode="${1:-address}"
(($#)) && shift
jobs="${SANITIZE_JOBS:-$(nproc)}"

# halt_on_error and abort_on_error: a report makes the process (granska itself
# in the end-to-end tests) fail, so the test that ran it fails.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:check_initialization_order=1:strict_init_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}"

case "$mode" in
  address)
    build=build-asan
    sanitize="address,undefined"
    ;;
  thread)
    build=build-tsan
    sanitize="thread"
    ;;
  *)
    echo "användning: ci/sanitize.sh [address|thread] [ctest-argument...]" >&2
    exit 2
    ;;
esac

# Without unity batches: the sanitizer run is also the build in which every
# source compiles on its own, so an #include that a batch supplies by
# accident still fails here (cmake/build_speed.cmake).
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGRANSKA_SANITIZE="$sanitize" \
  -DGRANSKA_BUILD_BENCH=OFF -DGRANSKA_UNITY_BUILD=OFF >/dev/null
cmake --build "$build" -j"$jobs"

if [[ "$mode" == thread ]]; then
  # Catch2 tags do not reach ctest's names, so run the tagged tests directly,
  # then any ctest test named after --jobs.
  "$build/tests/granska_tests" "[jobs]"
  ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 600 -R '[Jj]obs|parallel' "$@"
else
  ctest --test-dir "$build" --output-on-failure -j"$jobs" --timeout 600 "$@"
fi
