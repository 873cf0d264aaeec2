#!/usr/bin/env bash
# Installs the validators the test suite runs on granska's output, outside the
# repository: xmllint (Debian libxml2-utils) for JUnit XML, and Ajv with its
# draft-04 build for SARIF, as tests/external/sarif/README.md describes;
# markdown-it (the CommonMark renderer with GitHub's table, strikethrough and
# linkify extensions) for the Markdown report.
# Idempotent and quick when everything is already there.
# Usage: ci/install-validators.sh        prints the SARIF validator folder
set -euo pipefail

dir="${GRANSKA_SARIF_VALIDATE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/granska/sarif-validate}"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "ci/install-validators.sh: installerar libxml2-utils (xmllint)" >&2
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libxml2-utils >/dev/null
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "ci/install-validators.sh: node och npm saknas (Node.js 18 eller senare); SARIF kan inte valideras" >&2
  exit 1
fi

have_modules() {
  for m in ajv ajv-draft-04 ajv-formats markdown-it; do
    [[ -f "$dir/node_modules/$m/package.json" ]] || return 1
  done
}

if ! have_modules; then
  echo "ci/install-validators.sh: installerar ajv@8 ajv-draft-04@1 ajv-formats@3 markdown-it@14 i $dir" >&2
  mkdir -p "$dir"
  (cd "$dir" && { [[ -f package.json ]] || npm init -y >/dev/null; } \
     && npm install --no-audit --no-fund ajv@8 ajv-draft-04@1 ajv-formats@3 markdown-it@14 >/dev/null)
fi
echo "$dir"
