#!/usr/bin/env bash
# Runs axe-core (WCAG 2.1 A and AA rules) on an HTML report in headless
# Chromium, both installed by ci/install-validators.sh and
# ci/install-browser.sh. A copy of the page gets axe and a script that
# writes the violations into the page; Chromium's DOM dump carries them out.
# Prints each violation; exit status 0 with none, 1 with any, 2 when a tool
# is missing or axe did not run.
# Usage: ci/axe-report.sh REPORT.html
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if (($# != 1)); then
  echo "användning: ci/axe-report.sh RAPPORT.html" >&2
  exit 2
fi
dir="${GRANSKA_SARIF_VALIDATE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/granska/sarif-validate}"
axe="$dir/node_modules/axe-core/axe.min.js"
if [[ ! -f "$axe" ]]; then
  dir="$("$root/ci/install-validators.sh")" || exit 2
  axe="$dir/node_modules/axe-core/axe.min.js"
fi
"$root/ci/install-browser.sh" || exit 2
browser=$(command -v chromium || command -v chromium-browser) || { echo "ci/axe-report.sh: chromium saknas" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The probe goes in just before </body>: axe sees the whole page as it is.
probe='<script src="axe.min.js"></script><script>
axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
  .then(function (r) {
    var out = document.createElement("pre"); out.id = "axe-resultat";
    out.textContent = JSON.stringify(r.violations.map(function (v) {
      return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(" "); })};
    }));
    document.body.appendChild(out);
  }, function (e) { var out = document.createElement("pre"); out.id = "axe-fel"; out.textContent = String(e); document.body.appendChild(out); });
</script>'
cp "$axe" "$work/axe.min.js"
PROBE="$probe" python3 - "$1" "$work/page.html" <<'PY'
import os, sys
page = open(sys.argv[1], encoding="utf-8").read()
at = page.rfind("</body>")
if at < 0:
    sys.exit("ci/axe-report.sh: sidan har ingen </body>")
open(sys.argv[2], "w", encoding="utf-8").write(page[:at] + os.environ["PROBE"] + page[at:])
PY
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" \
  --allow-file-access-from-files --virtual-time-budget=15000 --dump-dom "file://$work/page.html" \
  >"$work/dom.html" 2>"$work/chromium.log" || { echo "ci/axe-report.sh: chromium misslyckades" >&2; cat "$work/chromium.log" >&2; exit 2; }
python3 - "$work/dom.html" <<'PY'
import html, json, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<pre id="axe-resultat">(.*?)</pre>', dom, re.S)
if not m:
    err = re.search(r'<pre id="axe-fel">(.*?)</pre>', dom, re.S)
    print("axe kördes inte" + (": " + html.unescape(err.group(1)) if err else ""), file=sys.stderr)
    sys.exit(2)
violations = json.loads(html.unescape(m.group(1)))
for v in violations:
    print(f"{v['id']} ({v['impact']}): {v['help']}: {', '.join(v['nodes'][:5])}")
print(f"axe: {len(violations)} brott mot WCAG 2.1 A/AA")
sys.exit(1 if violations else 0)
PY
