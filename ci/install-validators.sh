#!/usr/bin/env bash
# Installs the validators the test suite runs on granska's output, outside the
# repository: xmllint (Debian libxml2-utils) for JUnit XML, and Ajv with its
# draft-04 build for SARIF, as tests/external/sarif/README.md describes;
# markdown-it (the CommonMark renderer with GitHub's table, strikethrough and
# linkify extensions) for the Markdown report; the real consumers of the
# formats (issue 16): Microsoft's SARIF Multitool (validate, with GitHub's
# rules), Debian's python3-junitparser and pdftotext (poppler-utils).
# Idempotent and quick when everything is already there.
# Usage: ci/install-validators.sh        prints the SARIF validator folder
set -euo pipefail

dir="${GRANSKA_SARIF_VALIDATE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/granska/sarif-validate}"

missing=()
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# Debian's module is for Debian's python3 (a pyenv one earlier on the PATH does not see it).
/usr/bin/python3 -c 'import junitparser' >/dev/null 2>&1 || missing+=(python3-junitparser)
if ((${#missing[@]})); then
  echo "ci/install-validators.sh: installerar ${missing[*]}" >&2
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! /usr/bin/python3 -c 'import junitparser' >/dev/null 2>&1; then
  echo "ci/install-validators.sh: junitparser går inte att läsa in i python3" >&2
  exit 1
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "ci/install-validators.sh: node och npm saknas (Node.js 18 eller senare); SARIF kan inte valideras" >&2
  exit 1
fi

have_modules() {
  for m in ajv ajv-draft-04 ajv-formats markdown-it @microsoft/sarif-multitool axe-core; do
    [[ -f "$dir/node_modules/$m/package.json" ]] || return 1
  done
}

if ! have_modules; then
  modules=(ajv@8 ajv-draft-04@1 ajv-formats@3 markdown-it@14 @microsoft/sarif-multitool@5 axe-core@4)
  echo "ci/install-validators.sh: installerar ${modules[*]} i $dir" >&2
  mkdir -p "$dir"
  (cd "$dir" && { [[ -f package.json ]] || npm init -y >/dev/null; } \
     && npm install --no-audit --no-fund "${modules[@]}" >/dev/null)
fi
# npm may skip the package's postinstall (chmod u+x); the tool is a .NET
# single-file binary for linux-x64.
multitool="$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [[ -f "$multitool" && ! -x "$multitool" ]]; then
  chmod u+x "$multitool"
fi
echo "$dir"
