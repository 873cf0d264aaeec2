#!/usr/bin/env bash
# The national-scale benchmark (issue 8). Usage: ci/bench.sh [small|medium|national|all]
#
# Builds the release binary and the two parse floors, generates the synthetic
# cases if they are missing (tests/bench/generate.py, seeded), then measures
# on the same files in one run: the simdjson and nlohmann floors, the node and
# Python peers (when present), `granska check` with every pack at --jobs 1 and
# --jobs 2, and start-up. Prints a Markdown table and writes it into
# BENCHMARKS.md between its markers, with this command.
#
# Environment: BENCH_PEERS (folder of the peer scripts; none when unset), RUNS (timed runs per command, default 5), AS_OF (2026-11-22),
# BUILD_DIR (build-release), SKIP_BUILD=1 (use the binaries already built),
# BENCH_DOC (BENCHMARKS.md; "-" prints only).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

what="${1:-all}"
case "$what" in
small | medium | national) sizes=("$what") ;;
all) sizes=(small medium national) ;;
workbook) sizes=() ;;
*)
    echo "användning: ci/bench.sh [small|medium|national|all|workbook]" >&2
    exit 2
    ;;
esac
runs="${RUNS:-5}"
as_of="${AS_OF:-2026-11-22}"
build="${BUILD_DIR:-build-release}"
doc="${BENCH_DOC:-BENCHMARKS.md}"
# The node and Python peers are not part of the repository: BENCH_PEERS names
# a folder with rules3.js and rules3.py when they are to be measured.
peers="${BENCH_PEERS:-}"

# --- Tools ------------------------------------------------------------------
need_apt=()
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
[ -x /usr/bin/time ] || need_apt+=(time)
command -v python3 >/dev/null || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "bench: saknar ${need_apt[*]}; installera med apt-get install ${need_apt[*]}" >&2
        exit 2
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# --- Build ------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "bench: bygger $build (Release)" >&2
    BUILD_TYPE=Release ci/build.sh "$build" -DGRANSKA_BUILD_TESTS=OFF -DGRANSKA_BUILD_BENCH=ON >&2
fi
granska="$root/$build/checker/granska"

# --- Workbook (issue 18): reading a workbook of about 10,000 actions ----------
# One generated municipality with ~540 actions per plan (about 10,000 in all), laid out in a
# workbook by `granska template --from`, then `granska check` on the workbook
# (read, convert, validate, all rules). Target: under a second on two cores.
bench_workbook() {
    local dir="$root/tests/bench/data/workbook" book actions
    if [ ! -f "$dir/case/.generated" ]; then
        python3 tests/bench/generate.py --municipalities 1 --bodies 30 --actions 520-560 \
            --as-of "$as_of" --out "$dir/case" >&2
    fi
    book="$dir/bench.xlsx"
    "$granska" template "$book" --from "$dir/case"/*/ >&2
    actions=$(python3 -c 'import json,glob,sys
print(sum(len(json.load(open(f)).get("actions",[])) for f in glob.glob(sys.argv[1]+"/*/plans/*.json")))' "$dir/case")
    echo "bench: arbetsbok med $actions åtgärder, $(stat -c %s "$book") byte" >&2
    hyperfine -N --style basic --warmup 1 --runs "$runs" \
        "$granska check $book --as-of $as_of --format json --output $dir/result.json --fail-on never --quiet"
}
if [ "$what" = workbook ]; then
    bench_workbook
    exit 0
fi
floor_simdjson="$root/$build/tests/bench/floor_simdjson"
floor_nlohmann="$root/$build/tests/bench/floor_nlohmann"
for b in "$granska" "$floor_simdjson" "$floor_nlohmann"; do
    [ -x "$b" ] || { echo "bench: $b saknas" >&2; exit 2; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/granska-bench-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
results="$tmp/results.tsv"
: >"$results"

# --- Data -------------------------------------------------------------------
data_for() { echo "$root/tests/bench/data/$1"; }
ensure_data() { # size
    local dir stamp
    dir=$(data_for "$1")
    stamp=$(python3 tests/bench/generate.py --size "$1" --as-of "$as_of" --print-stamp)
    if [ ! -f "$dir/.generated" ] || [ "$(head -n 1 "$dir/.generated")" != "$stamp" ]; then
        python3 tests/bench/generate.py --size "$1" --as-of "$as_of" --out "$dir" >&2
    fi
}

# --- Measuring --------------------------------------------------------------
# Median wall time and mean CPU time (user + system; less disturbed by other load) of a hyperfine run.
times_of() {
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["median"], r["user"] + r["system"])' "$1"
}
peak_rss_kib() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }

# measure SIZE KEY WORK FINDINGS BYTES CASES WARMUP RUNS CMD...: one row of results.tsv
measure() {
    local size=$1 key=$2 work=$3 findings=$4 bytes=$5 cases=$6 warmup=$7 n=$8
    shift 8
    echo "bench: $size $key" >&2
    local median="" cpu="" rss=""
    if hyperfine -N --style none --warmup "$warmup" --runs "$n" --export-json "$tmp/h.json" "$*" >/dev/null; then
        read -r median cpu < <(times_of "$tmp/h.json")
        rss=$(peak_rss_kib "$@")
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$key" "$work" "$median" "$rss" "$findings" \
        "$bytes" "$cases" "$cpu" >>"$results"
}

# Findings of a granska JSON result: error + warning + info (input errors noted).
count_findings() {
    python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]
n=s["error"]+s["warning"]+s.get("info",0); e=s.get("input_errors",0)
print(f"{n}" + (f" + {e} input errors" if e else ""))' "$1"
}

check_args() { # jobs output cases...
    local jobs=$1 out=$2
    shift 2
    echo check "$@" --as-of "$as_of" --jobs "$jobs" --format json --output "$out" --fail-on never --quiet
}

for size in "${sizes[@]}"; do
    ensure_data "$size"
    dir=$(data_for "$size")
    mapfile -t cases < <(find "$dir" -mindepth 1 -maxdepth 1 -type d | sort)
    bytes=$(find "$dir" -name '*.json' -printf '%s\n' | awk '{s += $1} END {print s}')
    n=${#cases[@]}

    measure "$size" simdjson "parse only" - "$bytes" "$n" 1 "$runs" "$floor_simdjson" "$dir"
    measure "$size" nlohmann "parse only" - "$bytes" "$n" 1 "$runs" "$floor_nlohmann" "$dir"
    if command -v node >/dev/null && [ -f "$peers/rules3.js" ]; then
        found=$(node "$peers/rules3.js" "$as_of" "${cases[@]}" | wc -l)
        measure "$size" node "3 rules" "$found" "$bytes" "$n" 1 "$runs" node "$peers/rules3.js" "$as_of" "${cases[@]}"
    fi
    if [ -f "$peers/rules3.py" ]; then
        found=$(python3 "$peers/rules3.py" "$as_of" "${cases[@]}" | wc -l)
        measure "$size" python "3 rules" "$found" "$bytes" "$n" 1 "$runs" python3 "$peers/rules3.py" "$as_of" "${cases[@]}"
    fi
    for jobs in 1 2; do
        out="$tmp/result-$size-j$jobs.json"
        # One checked run first: a run that fails (status 2: input error, broken pack) is
        # reported as failed rather than timed.
        status=0
        # shellcheck disable=SC2046
        "$granska" $(check_args "$jobs" "$out" "${cases[@]}") 2>"$tmp/stderr" || status=$?
        if [ "$status" -ne 0 ] || [ ! -s "$out" ]; then
            echo "bench: granska check --jobs $jobs gav status $status på $size:" >&2
            head -n 20 "$tmp/stderr" >&2
            printf '%s\t%s\t%s\t\t\t%s\t%s\t%s\t\n' "$size" "granska-j$jobs" "all packs" "status $status" \
                "$bytes" "$n" >>"$results"
            continue
        fi
        found=$(count_findings "$out")
        # shellcheck disable=SC2046
        measure "$size" "granska-j$jobs" "all packs" "$found" "$bytes" "$n" 1 "$runs" \
            "$granska" $(check_args "$jobs" "$out" "${cases[@]}")
    done
    if [ -s "$tmp/result-$size-j1.json" ] && [ -s "$tmp/result-$size-j2.json" ] &&
        ! cmp -s "$tmp/result-$size-j1.json" "$tmp/result-$size-j2.json"; then
        echo "bench: VARNING: --jobs 1 och --jobs 2 gav olika utdata på $size" >&2
    fi
done

# --- Start-up ---------------------------------------------------------------
ensure_data small
small_case=$(find "$(data_for small)" -mindepth 1 -maxdepth 1 -type d | sort | head -n 1)
small_bytes=$(find "$small_case" -name '*.json' -printf '%s\n' | awk '{s += $1} END {print s}')
start_runs=$((runs > 20 ? runs : 20))
# shellcheck disable=SC2046
measure startup startup-check "one case" - "$small_bytes" 1 3 "$start_runs" \
    "$granska" $(check_args 1 "$tmp/startup.json" "$small_case")
measure startup startup-rules "list packs" - 0 0 3 "$start_runs" "$granska" rules
# What starting any process costs on this machine: the floor under both lines above.
measure startup startup-true "start a process" - 0 0 3 "$start_runs" /bin/true

# --- Report -----------------------------------------------------------------
{
    printf 'command\tci/bench.sh %s\n' "$what"
    printf 'commit\t%s%s\n' "$(git rev-parse --short HEAD)" "$(git diff --quiet HEAD -- checker grammar rules || echo ' + uncommitted changes')"
    printf 'date\t%s\n' "$(date -u +%Y-%m-%d)"
    printf 'machine\t%s\n' "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(uname -sr)"
    printf 'load\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf 'as_of\t%s\n' "$as_of"
    printf 'runs\t%s\n' "$runs"
} >"$tmp/meta.txt"
if [ "$doc" = "-" ]; then
    python3 tests/bench/report.py "$results" "$tmp/meta.txt" /dev/null
else
    python3 tests/bench/report.py "$results" "$tmp/meta.txt" "$doc"
    echo "bench: skrev $doc" >&2
fi
