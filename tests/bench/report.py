#!/usr/bin/env python3
"""Turns ci/bench.sh's raw measurements into the Markdown tables of
BENCHMARKS.md and checks them against issue 8's targets.

    python3 tests/bench/report.py RESULTS.tsv META.txt BENCHMARKS.md

RESULTS.tsv: size, key, work, median seconds, peak RSS KiB, findings, bytes,
cases, mean CPU seconds (user + system) (one row per measured command). META.txt: lines "name<TAB>value"
(command, commit, date, machine, runs). Only the part of BENCHMARKS.md between
the two markers below is rewritten, so the hand-written notes around it stay.
"""
import sys

BEGIN = "<!-- bench:begin (written by ci/bench.sh; edit outside the markers) -->"
END = "<!-- bench:end -->"

NAMES = {
    "simdjson": "simdjson DOM parse (C++, floor)",
    "nlohmann": "nlohmann::json::parse (C++, floor)",
    "node": "node `rules3.js` (peer)",
    "python": "python3 `rules3.py` (peer)",
    "granska-j1": "`granska check --jobs 1`",
    "granska-j2": "`granska check --jobs 2`",
    "startup-check": "`granska check` of one small case",
    "startup-rules": "`granska rules`",
    "startup-true": "`/bin/true` (starting a process at all)",
}
ORDER = ["simdjson", "nlohmann", "node", "python", "granska-j1", "granska-j2"]
SIZES = ["small", "medium", "national"]


def read_rows(path):
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            size, key, work, median, rss, findings, nbytes, cases, cpu = line.rstrip("\n").split("\t")
            rows[(size, key)] = {"work": work, "median": float(median) if median else None,
                                 "cpu": float(cpu) if cpu else None,
                                 "rss": int(rss) / 1024 if rss else None, "findings": findings,
                                 "bytes": int(nbytes), "cases": int(cases)}
    return rows


def fmt(v, spec, missing="–"):
    return missing if v is None else format(v, spec)


def size_table(rows, size):
    base = rows.get((size, "simdjson"), {}).get("median")
    any_row = next(r for (s, _), r in rows.items() if s == size)
    mb, cases = any_row["bytes"] / 1e6, any_row["cases"]
    out = [f"### {size}: {cases} fall, {any_row['bytes'] / 2**20:.1f} MiB ({mb:.1f} MB) JSON", "",
           "| tool | work | wall s (median) | CPU s | MB/s | cases/s | peak RSS MiB | × simdjson | findings |",
           "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for key in ORDER:
        r = rows.get((size, key))
        if not r:
            continue
        t = r["median"]
        if t is None:
            out.append(f"| {NAMES[key]} | {r['work']} | failed | | | | | | {r['findings']} |")
            continue
        ratio = t / base if base else None
        out.append(f"| {NAMES[key]} | {r['work']} | {t:.3f} | {fmt(r['cpu'], '.3f')} | {mb / t:.0f} | {cases / t:.0f} | "
                   f"{fmt(r['rss'], '.1f')} | {fmt(ratio, '.2f')} | {r['findings']} |")
    return out


def startup_table(rows):
    out = ["### Start-up", "", "| command | wall ms (median) | peak RSS MiB |", "|---|---:|---:|"]
    for key in ("startup-check", "startup-rules", "startup-true"):
        r = rows.get(("startup", key))
        if r:
            out.append(f"| {NAMES[key]} | {fmt(r['median'] and r['median'] * 1e3, '.1f', 'failed')} | "
                       f"{fmt(r['rss'], '.1f')} |")
    return out


def targets(rows):
    sizes = [s for s in SIZES if (s, "granska-j1") in rows]
    if not sizes:
        return []
    top = sizes[-1]
    get = lambda key, s=top: (rows.get((s, key)) or {}).get("median")  # noqa: E731
    rss = lambda key: (rows.get((top, key)) or {}).get("rss")  # noqa: E731
    j1, j2, simd, node = get("granska-j1"), get("granska-j2"), get("simdjson"), get("node")
    lines = [f"### Targets (issue 8), on {top}", "", "| target | measured | met |", "|---|---|---|"]

    def row(name, value, ok):
        lines.append(f"| {name} | {value} | {'yes' if ok else 'no'} |")

    if j1 and node:
        row("`--jobs 1` faster than the node peer (ratio < 1.0)", f"{j1 / node:.2f}", j1 < node)
    if j1 and simd:
        row("`--jobs 1` within 5 × the simdjson floor", f"{j1 / simd:.2f} ×", j1 <= 5 * simd)
    if j1 and j2:
        row("`--jobs 2` at most 0.6 × `--jobs 1`", f"{j2 / j1:.2f} ×", j2 <= 0.6 * j1)
    peaks = [p for p in (rss("granska-j1"), rss("granska-j2")) if p is not None]
    if peaks:
        row("peak RSS ≤ 64 MiB", f"{max(peaks):.1f} MiB", max(peaks) <= 64)
    per_mb = {s: get("granska-j1", s) / (rows[(s, "granska-j1")]["bytes"] / 1e6)
              for s in sizes if get("granska-j1", s)}
    if len(per_mb) > 1:
        spread = max(per_mb.values()) / min(per_mb.values()) - 1
        shown = ", ".join(f"{s} {v * 1e3:.2f}" for s, v in per_mb.items())
        row("cost linear in size (ms per MB within 10 %)", f"{shown} (spread {spread * 100:.0f} %)", spread <= 0.10)
        # The small set is one case: start-up dominates it, so say also how the batch itself scales.
        big = {s: v for s, v in per_mb.items() if s != "small"}
        if len(big) > 1:
            spread = max(big.values()) / min(big.values()) - 1
            row("… medium → national only", f"spread {spread * 100:.0f} %", spread <= 0.10)
        # The slope: what each added MB costs from one size to the next, which
        # takes the fixed start-up out; a super-linear term would make it grow.
        ordered = [s for s in sizes if s in per_mb]
        slopes = {}
        for a, b in zip(ordered, ordered[1:]):
            mb = (rows[(b, "granska-j1")]["bytes"] - rows[(a, "granska-j1")]["bytes"]) / 1e6
            slopes[f"{a} → {b}"] = (get("granska-j1", b) - get("granska-j1", a)) / mb
        if len(slopes) > 1:
            spread = max(slopes.values()) / min(slopes.values()) - 1
            shown = ", ".join(f"{k} {v * 1e3:.2f}" for k, v in slopes.items())
            row("… ms per added MB (start-up taken out)", f"{shown} (spread {spread * 100:.0f} %)", spread <= 0.10)
    start = (rows.get(("startup", "startup-check")) or {}).get("median")
    if start:
        row("one small case end to end ≤ 10 ms", f"{start * 1e3:.1f} ms", start <= 0.010)
    return lines


def main(results, meta_path, doc_path):
    rows = read_rows(results)
    meta = dict(line.rstrip("\n").split("\t", 1) for line in open(meta_path, encoding="utf-8") if "\t" in line)
    body = [
        f"Produced by `{meta['command']}` on {meta['date']}, commit `{meta['commit']}`,",
        f"{meta['machine']}, load average at the end {meta.get('load', '?')} (other work on the machine slows",
        f"wall times). As-of {meta['as_of']}; every wall time is the median of {meta['runs']} runs",
        "after a warm-up (hyperfine); peak RSS from `/usr/bin/time -f %M`, one run. × simdjson is the",
        "wall time over the simdjson floor's on the same files; CPU s is the mean user + system time",
        "(other load on a shared machine disturbs it less than wall time); findings count what each tool reported",
        "(the peers do 3 rules, granska every rule of every pack).",
        "",
    ]
    for size in SIZES:
        if any(s == size for s, _ in rows):
            body += size_table(rows, size) + [""]
    if any(s == "startup" for s, _ in rows):
        body += startup_table(rows) + [""]
    body += targets(rows)
    text = "\n".join(body).rstrip() + "\n"
    print(text)
    try:
        with open(doc_path, encoding="utf-8") as fh:
            doc = fh.read()
    except FileNotFoundError:
        doc = "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n"
    if BEGIN not in doc or END not in doc:
        doc = doc.rstrip() + "\n\n" + BEGIN + "\n" + END + "\n"
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(doc_path, "w", encoding="utf-8") as fh:
        fh.write(head + BEGIN + "\n" + text + END + tail)


if __name__ == "__main__":
    main(*sys.argv[1:4])
