#!/usr/bin/env python3
"""Round 13 (docs/PARSING.md): each agency reader's precision over the dev gold files, and the leave-one-file-out
figure of choosing between readers by measured precision.

Input: the JSON lines written by `searchmining audit --gold data/corpus/gold/<file>.jsonl --split dev --readers OUT`
(one line per report: gold file, file, gold agency, each reader's answer alone in the parser's order, correct or not).

    python3 scripts/agency-readers.py OUT            # reader table, per-file precision, policies pooled and left-out
"""
import json, math, sys
from collections import defaultdict, OrderedDict

rows = [json.loads(l.lstrip("\ufeff")) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
files = list(OrderedDict.fromkeys(r["gold"] for r in rows))
readers = list(OrderedDict.fromkeys(x["reader"] for r in rows for x in r["readings"]))

def stats(subset):
    s = {k: [0, 0, 0, 0] for k in readers}  # fires, correct, chosen, chosen-correct
    for r in subset:
        for i, x in enumerate(r["readings"]):
            t = s[x["reader"]]; t[0] += 1; t[1] += x["correct"]
            if i == 0: t[2] += 1; t[3] += x["correct"]
    return s

def precision(t, prior=1.0):  # smoothed: one correct and one wrong reading added
    return (t[1] + prior) / (t[0] + 2 * prior)

def none(r):  # no reader answers: right only where the gold says the text names no agency
    return r["agency"] is None

def current(r):
    return r["readings"][0]["correct"] if r["readings"] else none(r)

def decision_list(order):
    rank = {k: i for i, k in enumerate(order)}
    def choose(r):
        xs = sorted(r["readings"], key=lambda x: rank.get(x["reader"], 99))
        return xs[0]["correct"] if xs else none(r)
    return choose

def vote(weights):
    def choose(r):
        score = defaultdict(float); first = {}
        for i, x in enumerate(r["readings"]):
            if x["agency"] is None: continue
            score[x["agency"]] += weights.get(x["reader"], 0.0)
            first.setdefault(x["agency"], (i, x["correct"]))
        if not score: return none(r)
        best = max(score, key=lambda a: (score[a], -first[a][0]))
        return first[best][1]
    return choose

def policies(train):
    s = stats(train)
    p = {k: precision(s[k]) for k in readers}
    order = sorted(readers, key=lambda k: -p[k])
    logit = {k: math.log(p[k] / (1 - p[k])) for k in readers}
    chain = readers  # the parser's order: the title, then AgencyLocator.Readings
    def tiered(t):  # readers measured at precision >= t first, the parser's order within each tier
        return decision_list([k for k in chain if p[k] >= t] + [k for k in chain if p[k] < t])
    return {"current chain": current, "ordered by precision": decision_list(order), "vote (log-odds)": vote(logit),
            "tiered p>=0.90": tiered(0.90), "tiered p>=0.93": tiered(0.93)}

def acc(choose, subset):
    return sum(bool(choose(r)) for r in subset), len(subset)

if __name__ == "__main__":
    s = stats(rows)
    print(f"pooled over {len(rows)} dev gold reports ({len(files)} files)")
    print(f"{'reader':14} {'fires':>5} {'correct':>7} {'prec':>6} {'chosen':>6} {'chosen ok':>9}")
    for k in sorted(readers, key=lambda k: -s[k][0]):
        t = s[k]
        print(f"{k:14} {t[0]:5} {t[1]:7} {t[1]/t[0] if t[0] else 0:6.3f} {t[2]:6} {t[3]:9}")
    print("\nper-file precision (correct/fires), a reader's precision on a file measured with the rules as they are")
    print(f"{'reader':14} " + " ".join(f"{f[-8:]:>8}" for f in files))
    for k in sorted(readers, key=lambda k: -s[k][0]):
        cells = []
        for f in files:
            t = stats([r for r in rows if r["gold"] == f])[k]
            cells.append(f"{t[1]}/{t[0]}" if t[0] else "–")
        print(f"{k:14} " + " ".join(f"{c:>8}" for c in cells))
    print("\nagency accuracy, pooled (choice tuned on all) and left-one-file-out (choice measured on the other files)")
    names = list(policies(rows).keys())
    print(f"{'file':10} " + " ".join(f"{n[:16]:>16}" for n in names))
    tot = defaultdict(lambda: [0, 0])
    for f in files:
        test = [r for r in rows if r["gold"] == f]
        pol = policies([r for r in rows if r["gold"] != f])
        cells = []
        for n in names:
            c, m = acc(pol[n], test); tot[n][0] += c; tot[n][1] += m
            cells.append(f"{c}/{m} {c/m:.3f}")
        print(f"{f:10} " + " ".join(f"{c:>16}" for c in cells))
    print(f"{'LOFO all':10} " + " ".join(f"{tot[n][0]}/{tot[n][1]} {tot[n][0]/tot[n][1]:.3f}".rjust(16) for n in names))
    pooled = policies(rows)
    print(f"{'pooled':10} " + " ".join(f"{acc(pooled[n], rows)[0]}/{len(rows)} {acc(pooled[n], rows)[0]/len(rows):.3f}".rjust(16) for n in names))
