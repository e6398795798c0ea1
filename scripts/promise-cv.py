#!/usr/bin/env python3
"""promise-cv.py PAIRS.tsv — leave-one-series-out cross-validation of the promise linker on the judged dev pairs.

PAIRS.tsv is `searchmining agencies --from data/corpus --from samples/reports --pairs` (every commitment x next-year
statement with the linker's features). The judged dev pairs (data/years/dev-pairs-judged.tsv, dev-pairs-judged-2.tsv)
are joined to it by their texts; only dev-split series and next-year problem statements are used (test series are
never read here). For each feature set, L2 strength and threshold, a logistic regression is fitted on all series but
one and scored on the held-out series; the pooled held-out predictions give precision and recall. The old linker
(0.8 x text + 0.2 x themes >= 0.25) is scored on the same pairs. The setting with the best held-out recall among those with held-out precision >= 0.8 (best link per commitment, as the
tracker links) is chosen and refitted on every judged dev
pair and its weights printed for PromiseOptions.Default."""
import csv, math, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
NAMES = ["whole", "clause", "themes", "aspects", "shared_aspect", "lead_in", "no_aspect"]
SETS = {
    "text": ["whole", "clause"],
    "text+themes": ["whole", "clause", "themes"],
    "text+aspects": ["whole", "clause", "aspects", "shared_aspect"],
    "text+themes+aspects": ["whole", "clause", "themes", "aspects", "shared_aspect"],
    "all": NAMES,
    "all-but-themes": ["whole", "clause", "aspects", "shared_aspect", "lead_in", "no_aspect"],
}
L2 = [0.1, 1.0, 10.0]
THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7]
MIN_PRECISION = 0.8  # a verdict people read as "kept / not kept" must be right four times in five


def read(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def strip_themes(text):
    return text.rsplit(" {", 1)[0].strip() if text.endswith("}") else text.strip()


def splits():
    out = subprocess.run([sys.executable, os.path.join(here, "corpus-split.py"), os.path.join(root, "data", "corpus"),
                          os.path.join(root, "samples", "reports")], capture_output=True, text=True, check=True).stdout
    return {os.path.basename(p): s for s, p in (l.split("\t") for l in out.splitlines())}


def solve(a, v):
    n = len(v)
    m = [row[:] + [v[i]] for i, row in enumerate(a)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                k = m[r][c] / m[c][c]
                m[r] = [x - k * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(xs, ys, l2, iterations=25):
    """L2-regularised logistic regression by Newton's method (bias not penalised); returns (bias, weights)."""
    rows = [[1.0] + list(x) for x in xs]
    d = len(rows[0])
    beta = [0.0] * d
    for _ in range(iterations):
        grad = [l2 * beta[j] if j else 0.0 for j in range(d)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(d)] for i in range(d)]
        for x, y in zip(rows, ys):
            z = max(-30.0, min(30.0, sum(b * xi for b, xi in zip(beta, x))))
            p = 1 / (1 + math.exp(-z))
            for i in range(d):
                grad[i] += (p - y) * x[i]
                for j in range(d):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(d):
            hess[i][i] += 1e-6
        step = solve(hess, grad)
        beta = [b - s_ for b, s_ in zip(beta, step)]
    return beta[0], beta[1:]


def prob(b, w, x):
    return 1 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x)))))


def pr(pred, gold):
    tp = sum(1 for p, g in zip(pred, gold) if p and g)
    linked = sum(pred)
    rel = sum(gold)
    return tp, linked, rel


def by_commitment(data, scores, t):
    """As the tracker links: each commitment's best-scoring problem, linked when its score reaches t.
    Returns (right links, links, commitments with a right judged pair)."""
    best, has_right = {}, set()
    for i, (a, f, g, c) in enumerate(data):
        if g:
            has_right.add(c)
        if c not in best or scores[i] > scores[best[c]]:
            best[c] = i
    links = [i for c, i in best.items() if scores[i] >= t]
    return sum(1 for i in links if data[i][2]), len(links), len(has_right)


def main(pairs_path):
    split = splits()
    judged = {}
    for name in ("dev-pairs-judged.tsv", "dev-pairs-judged-2.tsv"):
        for r in read(os.path.join(root, "data", "years", name)):
            judged[(strip_themes(r["commitment"]), strip_themes(r["statement"]))] = r["judge"] == "right"
    data = []
    for r in read(pairs_path):
        if split.get(r["file"]) != "dev" or r["kind"] != "Problem":
            continue
        key = (r["commitment"].strip(), r["statement"].strip())
        if key not in judged:
            continue
        data.append((r["agency"], {n: float(r[n]) for n in NAMES}, judged[key], (r["agency"], r["year"], key[0])))
    series = sorted({a for a, *_ in data})
    print(f"# {len(data)} judged dev pairs ({sum(1 for d in data if d[2])} right) in {len(series)} series")
    old = [0.8 * max(f["whole"], f["clause"]) + 0.2 * f["themes"] for _, f, _, _ in data]
    tp, linked, rel = pr([o >= 0.25 for o in old], [g for _, _, g, _ in data])
    ctp, clinked, crel = by_commitment(data, old, 0.25)
    print(f"old linker (0.8 text + 0.2 themes >= 0.25, tuned on part of these pairs): pairs precision {tp}/{linked} = {tp / max(linked, 1):.2f}, "
          f"recall {tp}/{rel} = {tp / rel:.2f}; best link per commitment precision {ctp}/{clinked} = {ctp / max(clinked, 1):.2f}, recall {ctp}/{crel} = {ctp / crel:.2f}")
    results = []
    for set_name, feats in SETS.items():
        for l2 in L2:
            held = {}
            for s in series:
                train = [(f, g) for a, f, g, _ in data if a != s]
                b, w = fit([[f[n] for n in feats] for f, _ in train], [1 if g else 0 for _, g in train], l2)
                for i, (a, f, g, _) in enumerate(data):
                    if a == s:
                        held[i] = prob(b, w, [f[n] for n in feats])
            for t in THRESHOLDS:
                pred = [held[i] >= t for i in range(len(data))]
                tp, linked, rel = pr(pred, [g for _, _, g, _ in data])
                p, r = tp / max(linked, 1), tp / rel
                ctp, clinked, crel = by_commitment(data, [held[i] for i in range(len(data))], t)
                cp, cr = ctp / max(clinked, 1), ctp / crel
                f05 = 0 if ctp == 0 else 1.25 * cp * cr / (0.25 * cp + cr)
                results.append((f05, set_name, l2, t, cp, cr, f"{tp}/{linked} = {p:.2f}", f"{tp}/{rel} = {r:.2f}", f"{ctp}/{clinked} = {cp:.2f}", f"{ctp}/{crel} = {cr:.2f}"))
    print("features\tl2\tthreshold\tpairs_cv_precision\tpairs_cv_recall\tcommitment_cv_precision\tcommitment_cv_recall\tcommitment_F0.5")
    for f05, set_name, l2, t, _, _, a, b_, c, d in sorted(results, reverse=True):
        print(f"{set_name}\t{l2}\t{t}\t{a}\t{b_}\t{c}\t{d}\t{f05:.3f}")
    trusted = [r for r in results if r[4] >= MIN_PRECISION]
    best = max(trusted, key=lambda r: (r[5], r[0]))
    _, set_name, l2, t, *_ = best
    feats = SETS[set_name]
    b, w = fit([[f[n] for n in feats] for _, f, _, _ in data], [1 if g else 0 for _, _, g, _ in data], l2)
    full = [round(w[feats.index(n)], 2) if n in feats else 0.0 for n in NAMES]
    print(f"# chosen: the highest held-out recall of the best link per commitment (as the tracker links) with held-out precision >= {MIN_PRECISION}")
    print(f"# chosen: {set_name}, l2 {l2}, threshold {t}; fitted on all {len(data)} pairs:")
    print(f"# bias {b:.2f} weights {full} ({', '.join(NAMES)})")


if __name__ == "__main__":
    main(sys.argv[1])
