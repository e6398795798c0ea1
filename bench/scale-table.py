#!/usr/bin/env python3
"""Markdown rows for docs/BENCHMARKS.md from one scale session (issue 18).

Usage: bench/scale-table.py RESULT_DIR [JAVA_DIR]
  RESULT_DIR  $DATA/results/N-<time>/ (result.json of `searchmining-scale run`)
  JAVA_DIR    $DATA/results/java-corpus-N-<time>/ (java-smartcn.txt, java-cjk.txt, load.txt of run-scale-peer.sh)
Prints the growth-table rows (ours, then the peer's) and the corpus-view rows.
"""
import json, math, os, re, sys


def num(x, fmt="{:,.0f}"):
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) or x == "NaN" else fmt.format(x)


def anon(svc):
    """The anonymous part of the three RSS figures (RssAnon: what the service owns; the rest is the mapped index's page cache)."""
    parts = [svc[k].get("AnonMiB") for k in ("AfterStart", "AfterQueries", "AfterViews")]
    if any(p is None or p == "NaN" or (isinstance(p, float) and math.isnan(p)) for p in parts):
        return ""
    return " (anonymous " + " / ".join(f"{p:.0f}" for p in parts) + " MiB)"


def ours(path):
    d = json.load(open(os.path.join(path, "result.json")))
    n, ing, svc = d["Reports"], d["Ingest"], d["Service"]
    loads = {l["Clients"]: l for l in svc["Loads"]}
    one, eight = loads.get(1), loads.get(8)
    la = d.get("LoadAverages", {})
    load_range = sorted(float(v.split()[0]) for v in la.values()) if la else []
    load = f"{load_range[0]:.0f}–{load_range[-1]:.0f}" if load_range else "?"
    mib = d["InputBytes"] / 2**20
    # a service-only rerun over an existing index (--reuse-index) has no ingest figures
    ingest = ("— (index reused) | — " if ing is None else
              f"{ing['ReportsPerSecond']:.1f} reports/s, {ing['MiBPerSecond']:.2f} MiB/s "
              f"| {ing['IndexBytes'] / 2**20:,.1f} MiB = **{ing['IndexToInput']:.2f}×**"
              + (f" (+ originals {ing['OriginalsBytes'] / 2**20:,.1f} MiB)" if ing.get('OriginalsBytes') else "") + " ")
    row = (f"| {n:,} ({mib:,.1f} MiB) | SearchMining | " + ingest +
           f"| {svc['HealthyMs'] / 1000:.1f} s / {svc['FirstSearchMs'] / 1000:.1f} s "
           f"| {num(one['Latency']['P50'], '{:,.1f}')} / {num(one['Latency']['P95'], '{:,.0f}')} / {num(one['Latency']['P99'], '{:,.0f}')} ms "
           f"| {num(eight['Latency']['P99'])} ms ({eight['RequestsPerSecond']:.1f}/s) "
           f"| {svc['AfterStart']['RssMiB']:.0f} / {svc['AfterQueries']['RssMiB']:.0f} / {svc['AfterViews']['RssMiB']:.0f} MiB"
           f"{anon(svc)} | {load} |")
    views = [f"| `{v['Path']}` | {num(v['ColdMs'], '{:,.1f}')} ms | {num(v['WarmMedianMs'], '{:,.1f}')} ms | {v['Bytes'] / 1024:,.1f} KiB | {v['Status']} |"
             for v in svc["Views"]]
    return n, row, views


def java(path, n):
    rows = []
    load = open(os.path.join(path, "load.txt")).read()
    loads = [float(m) for m in re.findall(r":\s*([\d.]+)", load)]
    for analyzer in ("smartcn", "cjk"):
        f = os.path.join(path, f"java-{analyzer}.txt")
        if not os.path.exists(f):
            continue
        t = open(f).read()
        ingest = re.search(r"= ([\d.]+) reports/s; index ([\d.]+) MiB", t)
        one = re.search(r"1 thread: p50 ([\d.]+) / p95 ([\d.]+) / p99 ([\d.]+)", t)
        exact = re.search(r"exact totals: p50 ([\d.]+) / p95 ([\d.]+) / p99 ([\d.]+)", t)
        eight = re.search(r"8 threads: .*p99 ([\d.]+) ms .*?, (\d+) queries/s", t)
        rss = re.search(r"process RSS (\d+) kB", t)
        start = re.search(r"start-up: (\d+) ms", t)
        rows.append(f"| {n:,} | Java Lucene 8.7 {'SmartCn' if analyzer == 'smartcn' else 'CJK'} | {ingest.group(1)} reports/s | {ingest.group(2)} MiB "
                    f"| analyzer {int(start.group(1)) / 1000:.1f} s | {one.group(1)} / {one.group(2)} / {one.group(3)} ms"
                    + (f" (exact totals: {exact.group(1)} / {exact.group(2)} / {exact.group(3)})" if exact else "")
                    + f" | {eight.group(1)} ms in-process ({eight.group(2)}/s) | {int(rss.group(1)) // 1024} MiB "
                    f"| {min(loads):.0f}–{max(loads):.0f} |")
    return rows


if __name__ == "__main__":
    n, row, views = ours(sys.argv[1])
    print("| reports (input text) | engine | ingest | index size | start-up (healthy / first search) | 1 client p50 / p95 / p99 | 8 clients p99 (req/s) | memory (RSS) after start / queries / views (anonymous part) | load avg (1 min) |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(row)
    if len(sys.argv) > 2:
        for r in java(sys.argv[2], n):
            print(r)
    print()
    print(f"| view ({n:,} reports) | cold | warm (median of 5) | response | status |")
    print("|---|---|---|---|---|")
    for v in views:
        print(v)
