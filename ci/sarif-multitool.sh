#!/usr/bin/env bash
# Validates SARIF files with Microsoft's SARIF Multitool (`validate`), with
# both its SARIF rules and GitHub's (the checks GitHub code scanning's
# upload applies), installed by ci/install-validators.sh. Prints every
# error-level result and exits 1 when there is one; 2 when the tool is missing.
# Usage: ci/sarif-multitool.sh FILE.sarif...
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if (($# == 0)); then
  echo "användning: ci/sarif-multitool.sh FIL.sarif..." >&2
  exit 2
fi
dir="${GRANSKA_SARIF_VALIDATE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/granska/sarif-validate}"
tool="$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [[ ! -x "$tool" ]]; then
  dir="$("$root/ci/install-validators.sh")" || exit 2
  tool="$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
fi
[[ -x "$tool" ]] || { echo "ci/sarif-multitool.sh: $tool saknas" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for file in "$@"; do
  # The .NET runtime needs no ICU for this (invariant globalisation).
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$tool" validate "$file" --rule-kind "Gh;Sarif" \
    --output "$work/log.sarif" --log ForceOverwrite --quiet >"$work/stdout" 2>&1 || {
    echo "$file: sarif-multitool gick inte att köra:" >&2; cat "$work/stdout" >&2; status=2; continue; }
  errors=$(node -e '
const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
let n = 0;
for (const run of log.runs || [])
  for (const r of run.results || [])
    if ((r.level || "warning") === "error") {
      n++;
      console.log(r.ruleId + ": " + JSON.stringify(r.message));
    }
process.exitCode = n ? 1 : 0;' "$work/log.sarif") || status=1
  [[ -n "$errors" ]] && echo "$file:" && echo "$errors"
  [[ -z "$errors" ]] && echo "$file: 0 fel"
done
exit $status
