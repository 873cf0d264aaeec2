#!/usr/bin/env bash
# Writes docs/rules.md, the catalogue page each SARIF rule's helpUri points
# at: a section per rule ("## AST-01", GitHub's anchor #ast-01) holding what
# `granska rules` says of it. tests/e2e/real_clients_test.cpp fails when the
# page and the packs differ; run this after editing a pack.
# Usage: ci/rules-doc.sh [BINARY [OUT]]   default build/checker/granska, docs/rules.md
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/checker/granska}
out=${2:-docs/rules.md}
[[ -x "$binary" ]] || { echo "ci/rules-doc.sh: $binary finns inte; bygg först" >&2; exit 2; }
listing=$(mktemp)
trap 'rm -f "$listing"' EXIT
"$binary" rules >"$listing"
{
  echo "# Reglerna i de medföljande regelpaketen"
  echo
  echo "Genererad av \`ci/rules-doc.sh\` ur \`granska rules\`; ändra inte för hand."
  echo "Varje regel har ett eget avsnitt, som SARIF-filens \`helpUri\` pekar på."
  # A rule starts at column 0 with its id; its citation lines are indented.
  awk '
    /^[^ ]/ { if (open) print "````"; print ""; print "## " $1; print ""; print "````text"; open = 1 }
    { print }
    END { if (open) print "````" }
  ' "$listing"
} >"$out.tmp"
mv "$out.tmp" "$out"
