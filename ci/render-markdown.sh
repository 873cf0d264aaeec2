#!/usr/bin/env bash
# Renders a Markdown file to HTML with markdown-it (CommonMark with GitHub's
# tables, strikethrough and linkify), raw HTML and autolinks switched on, so
# a test sees every element a hostile string could make. Prints the HTML.
# Usage: ci/render-markdown.sh FILE.md
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if (($# != 1)); then
  echo "användning: ci/render-markdown.sh FIL.md" >&2
  exit 2
fi
dir="${GRANSKA_SARIF_VALIDATE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/granska/sarif-validate}"
if [[ ! -f "$dir/node_modules/markdown-it/package.json" ]]; then
  dir="$("$root/ci/install-validators.sh")" || exit 2
fi
NODE_PATH="$dir/node_modules" node -e '
const md = require("markdown-it")({ html: true, linkify: true });
const text = require("fs").readFileSync(process.argv[1], "utf8");
process.stdout.write(md.render(text));' "$1"
