#!/usr/bin/env bash
# The board-meeting report of the bundled data in a real browser (issue 5):
# granska writes the HTML (plain, and --compare against an earlier run),
# headless Chromium renders it to a screenshot, a PDF and its DOM, and the
# checks read that DOM: headings, every finding, the chart.
#
# Usage: ci/browser-test.sh [BINARY [OUTDIR]]
#   BINARY  default build/checker/granska;  OUTDIR default a new temporary folder
#   AS_OF (2026-11-22), AS_OF_PREVIOUS (2025-11-22): the two reference dates
#   UPDATE_SCREENSHOT=1: copy the screenshot to docs/report.png (for the README)
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${1:-build/checker/granska}
out=${2:-$(mktemp -d)}
as_of=${AS_OF:-2026-11-22}
as_of_previous=${AS_OF_PREVIOUS:-2025-11-22}
mkdir -p "$out"

ci/install-browser.sh
if ! command -v xmllint >/dev/null; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libxml2-utils >/dev/null
fi
[[ -x "$binary" ]] || { echo "browser-test: $binary finns inte; bygg först (ci/build.sh build)" >&2; exit 2; }
shopt -s nullglob
cases=(policies/*/)
((${#cases[@]})) || { echo "browser-test: inga fall under policies/" >&2; exit 2; }

failures=0
fail() { echo "browser-test: FEL: $*" >&2; failures=$((failures + 1)); }
# granska exits 1 when it reports findings: that is what the bundled data is for.
granska() { local s=0; "$binary" check "${cases[@]}" "$@" || s=$?; ((s <= 1)) || exit "$s"; }

chrome() {
  local profile; profile=$(mktemp -d)
  local s=0
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" "$@" 2>>"$out/chromium.log" || s=$?
  rm -rf "$profile"
  return $s
}
xpath() { xmllint --html --xpath "$1" "$2" 2>/dev/null || true; }

granska --as-of "$as_of_previous" --format json --output "$out/previous.json"
granska --as-of "$as_of" --format json --output "$out/report.json"
granska --as-of "$as_of" --format html --output "$out/report.html"
granska --as-of "$as_of" --format html --compare "$out/previous.json" --output "$out/report-compare.html"

url() { echo "file://$(realpath "$1")"; }
chrome --window-size=1280,2300 --screenshot="$out/report.png" "$(url "$out/report.html")"
chrome --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "$(url "$out/report.html")"
chrome --dump-dom "$(url "$out/report.html")" >"$out/report.dom.html"
chrome --dump-dom "$(url "$out/report-compare.html")" >"$out/report-compare.dom.html"

[[ $(head -c 8 "$out/report.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || fail "ingen PNG-skärmbild"
[[ $(head -c 5 "$out/report.pdf") == "%PDF-" ]] || fail "ingen PDF"
if grep -q pdf <("$binary" check --help 2>&1); then
  granska --as-of "$as_of" --format pdf --output "$out/report-cli.pdf"
  [[ $(head -c 5 "$out/report-cli.pdf") == "%PDF-" ]] || fail "--format pdf gav ingen PDF"
fi

dom="$out/report.dom.html"
[[ $(xpath 'count(//html[@lang="sv"])' "$dom") == 1 ]] || fail "html saknar lang=\"sv\""
[[ $(xpath 'count(//h1)' "$dom") == 1 ]] || fail "inte exakt en h1"
[[ $(xpath 'count(//h2[.="Sammanfattning"])' "$dom") == 1 ]] || fail "h2 Sammanfattning saknas"
# Every municipality has its h2 and its chart (an SVG image with a title).
while IFS= read -r name; do
  [[ $(xpath "count(//h2[.=\"$name\"])" "$dom") -ge 1 ]] || fail "h2 för $name saknas"
  [[ $(xpath "count(//svg[@role=\"img\"]/title[contains(., \"$name\")])" "$dom") -ge 1 ]] ||
    fail "diagrammet för $name saknas"
done < <(grep -A1 '"municipality": {' "$out/report.json" | sed -n 's/^ *"name": "\(.*\)",$/\1/p')
# Every finding of the JSON result is in the page, with its rule id.
findings=$(grep -c '"fingerprint":' "$out/report.json" || true)
[[ $(xpath 'count(//article[contains(@class,"finding")])' "$dom") == "$findings" ]] ||
  fail "sidan visar inte alla $findings fynd"
[[ $(xpath 'count(//article[contains(@class,"finding")]//p[@class="message"][normalize-space(.)!=""])' "$dom") == \
  "$findings" ]] || fail "fynd utan meddelande"
while IFS= read -r rule; do
  [[ $(xpath "count(//h5/span[@class=\"rule\"][.=\"$rule\"])" "$dom") -ge 1 ]] || fail "regel $rule saknas"
done < <(sed -n 's/^ *"rule": "\(.*\)",$/\1/p' "$out/report.json" | sort -u)

compare="$out/report-compare.dom.html"
marked=$(xpath 'count(//span[contains(@class,"badge ny") or contains(@class,"badge oforandrad")])' "$compare")
[[ "$marked" == "$findings" ]] || fail "jämförelsen markerar $marked av $findings fynd"
[[ $(xpath 'count(//caption[starts-with(., "Sedan förra mötet")])' "$compare") == 1 ]] ||
  fail "jämförelsens sammanfattning saknas"
[[ $(xpath 'count(//h3[starts-with(., "Åtgärdade sedan förra mötet")])' "$compare") -ge 1 ]] ||
  fail "listan över åtgärdade fynd saknas"

if [[ "${UPDATE_SCREENSHOT:-}" == 1 ]]; then
  cp "$out/report.png" docs/report.png
  echo "browser-test: docs/report.png uppdaterad" >&2
fi
if ((failures)); then
  echo "browser-test: $failures fel; filerna finns i $out" >&2
  exit 1
fi
echo "browser-test: ok ($findings fynd; HTML, PDF, skärmbild och DOM i $out)"
