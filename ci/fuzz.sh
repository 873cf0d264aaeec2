#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) in build-fuzz/ with clang, ASan and
# UBSan, builds their seed corpora, and runs each target for FUZZ_SECONDS
# (default 60). Prints executions, coverage and findings per target.
# Usage: ci/fuzz.sh [TARGET...]   (default: all three)
# Environment: FUZZ_SECONDS, FUZZ_PARALLEL (1: all targets at once), FUZZ_TIMEOUT (s per input, default 10),
#              FUZZ_RSS_MB (default 2048), FUZZ_BUILD_JOBS (default 2).
# Exit status: 0 when every target ran clean, 1 when any found a crash, hang,
# leak or out-of-memory (the inputs are in build-fuzz/artifacts/TARGET/), 2 on
# a set-up problem.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="$root/build-fuzz"
seconds="${FUZZ_SECONDS:-60}"
all_targets=(fuzz_rule_pack fuzz_load_case fuzz_evaluate)
targets=("${all_targets[@]}")
(($#)) && targets=("$@")

command -v clang++ >/dev/null || { echo "ci/fuzz.sh: clang++ saknas (apt-get install clang)" >&2; exit 2; }

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGRANSKA_FUZZ=ON -DGRANSKA_SANITIZE=address,undefined \
  -DGRANSKA_BUILD_TESTS=OFF -DGRANSKA_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"${FUZZ_BUILD_JOBS:-2}" --target "${targets[@]}"

# ---------------------------------------------------------------- Seeds
# Rebuilt on every run from the repository (never committed in bulk): the
# rule packs, the bundled cases, the fixtures, JSONTestSuite, and the inputs
# of earlier findings under tests/hostile/fuzz/TARGET/.
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{fuzz_rule_pack,fuzz_load_case,fuzz_evaluate}
n=0
copy_seed() { # copy_seed TARGET FILE
  cp "$2" "$seeds/$1/$n-$(basename "$2")"
  n=$((n + 1))
}
while IFS= read -r -d '' f; do copy_seed fuzz_rule_pack "$f"; done \
  < <(find rules tests -name '*.rules' -type f -print0 2>/dev/null)
while IFS= read -r -d '' f; do copy_seed fuzz_load_case "$f"; done \
  < <(find policies tests/e2e/fixtures tests/hostile -name '*.json' -type f -size -1M -print0 2>/dev/null)
for f in tests/external/JSONTestSuite/test_parsing/*.json; do copy_seed fuzz_load_case "$f"; done
# A case for fuzz_evaluate is one input: its files joined by "//granska-file" lines.
for dir in policies/*/ tests/e2e/fixtures/*/; do
  [[ -d "$dir" ]] || continue
  name="$(basename "$dir")"
  first=1
  while IFS= read -r -d '' f; do
    ((first)) || printf '\n//granska-file\n' >>"$seeds/fuzz_evaluate/$name.case"
    cat "$f" >>"$seeds/fuzz_evaluate/$name.case"
    first=0
  done < <(find "$dir" -name '*.json' -type f -print0 | sort -z)
done
for t in "${all_targets[@]}"; do
  [[ -d "tests/hostile/fuzz/$t" ]] && cp tests/hostile/fuzz/"$t"/* "$seeds/$t/" 2>/dev/null || true
done

# ---------------------------------------------------------------- Runs
declare -A dict=([fuzz_rule_pack]=rules.dict [fuzz_load_case]=json.dict [fuzz_evaluate]=json.dict)
declare -A max_len=([fuzz_rule_pack]=65536 [fuzz_load_case]=65536 [fuzz_evaluate]=131072)
# FUZZ_PARALLEL=1 runs the targets at the same time (each still for
# FUZZ_SECONDS of wall time, sharing the cores); the default is one by one.
run_target() { # run_target TARGET: the fuzzer's run, its log in build-fuzz/TARGET.log
  local t="$1"
  local corpus="$build/corpus/$t" artifacts="$build/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  touch "$build/$t.start"
  echo "== $t: $seconds s" >&2
  local rc=0
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}" \
  UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
  "$build/tests/fuzz/$t" "$corpus" "$seeds/$t" \
    -dict="$root/tests/fuzz/${dict[$t]}" -max_len="${max_len[$t]}" \
    -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
    -artifact_prefix="$artifacts/" -print_final_stats=1 >"$build/$t.log" 2>&1 || rc=$?
  echo "$rc" >"$build/$t.rc"
}
if [[ "${FUZZ_PARALLEL:-0}" == 1 ]]; then
  for t in "${targets[@]}"; do run_target "$t" & done
  wait
else
  for t in "${targets[@]}"; do run_target "$t"; done
fi

status=0
summary=()
for t in "${targets[@]}"; do
  log="$build/$t.log"
  artifacts="$build/artifacts/$t"
  rc="$(cat "$build/$t.rc")"
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  last="$(grep -E '^#[0-9]+' "$log" | tail -1 || true)"
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
  corp="$(sed -n 's/.* corp: \([0-9]*\/[0-9A-Za-z]*\).*/\1/p' <<<"$last")"
  found="$(find "$artifacts" -type f -newer "$build/$t.start" \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)"
  line="$t: ${execs:-?} executions in $seconds s, coverage ${cov:-?} edges (${ft:-?} features), corpus ${corp:-?}, findings $found (exit $rc)"
  summary+=("$line")
  echo "$line" >&2
  if ((rc != 0 || found > 0)); then
    status=1
    grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written' "$log" | head -5 >&2 || true
  fi
done
echo
echo "fuzz summary ($(date -u +%Y-%m-%dT%H:%MZ), FUZZ_SECONDS=$seconds):"
printf '  %s\n' "${summary[@]}"
exit $status
