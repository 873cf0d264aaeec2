#!/usr/bin/env bash
# Validates SARIF files against both schemas in tests/external/sarif/ (the
# reference schema with Errata 01, draft-04, and the older OASIS Standard
# file, draft-07) with Ajv 8 (tests/external/sarif/README.md).
# Usage: ci/validate-sarif.sh FILE.sarif...
# Exit status 0 when every file passes both schemas, 1 when any fails, 2 on
# a usage or set-up problem.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sarif="$root/tests/external/sarif"
schemas=("$sarif/sarif-schema-2.1.0.json" "$sarif/sarif-schema-2.1.0-os-draft07.json")

if (($# == 0)); then
  echo "användning: ci/validate-sarif.sh FIL.sarif..." >&2
  exit 2
fi
for s in "${schemas[@]}"; do
  [[ -f "$s" ]] || { echo "ci/validate-sarif.sh: schemat $s saknas" >&2; exit 2; }
done
dir="${GRANSKA_SARIF_VALIDATE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/granska/sarif-validate}"
if [[ ! -f "$dir/node_modules/ajv-draft-04/package.json" ]]; then
  dir="$("$root/ci/install-validators.sh")" || exit 2
fi

status=0
for schema in "${schemas[@]}"; do
  echo "schema $(basename "$schema"):"
  NODE_PATH="$dir/node_modules" node -e '
const fs = require("fs");
const [schemaFile, ...files] = process.argv.slice(1);
const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
const Ajv = /draft-04/.test(schema.$schema) ? require("ajv-draft-04") : require("ajv");
const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
require("ajv-formats")(ajv);
const validate = ajv.compile(schema);
let failed = 0;
for (const f of files) {
  let doc;
  try { doc = JSON.parse(fs.readFileSync(f, "utf8")); }
  catch (e) { failed = 1; console.log(f + " invalid: " + e.message); continue; }
  if (validate(doc)) { console.log(f + " valid"); continue; }
  failed = 1; console.log(f + " invalid");
  for (const e of validate.errors) console.log("  " + (e.instancePath || "/") + " " + e.message);
}
process.exit(failed);' "$schema" "$@" || status=1
done
exit $status
