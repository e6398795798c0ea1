#!/usr/bin/env python3
"""Round 8 (docs/CLASSIFIER.md): a dev proxy that can see supervision and other.

The round-4..7 proxy (`tune --outside`, `novel`) holds out agencies outside Pingtan only; it has 8 supervision positives.
This script reads `searchmining tune --scores FILE` written with the *mixed* agency folds (every dev agency held out once,
Pingtan too) and scores the held-out statements **without close text in another agency** (character-bigram Dice < 0.6 on
the normalised text, as `CloseText`): Pingtan's own new wording counts, its shared templates do not. Thresholds are
chosen on the other folds (shared, as `OutOfFoldScores.Evaluate`), the figure is the mean over the fold partitions with
its standard deviation, per theme too.

usage: themes-proxy.py report FILE [SUB [MODE]]      per-theme P/R/F1 (mean, sd over partitions) on the close-text-free view
       themes-proxy.py paired FILE1 SUB1 FILE2 SUB2 [VIEW]   agency bootstrap of the macro-F1 difference and per-theme differences
       themes-proxy.py rules FILE SUB RULE [VIEW]     one round-8 decision rule (ref, sup, oth, both, resid, resid-any: lower
                                                      supervision/other thresholds, `other` as the absence of any named theme
                                                      with a margin), parameters chosen in the folds, paired with the reference
       themes-proxy.py misses FILE SUB THEME [N]      the held-out positives of THEME without close text that partition 1
                                                      misses (Pingtan or not, score, predicted themes) and its false positives
MODE: pooled (default: the round-7 recipe's scores) or whole. SUB: configuration substring, or '=' + exact name.
"""
import collections, json, math, random, re, struct, sys

T = ["training", "channels", "coverage", "interpretation", "timeliness", "standardization", "awareness", "interaction", "supervision", "other"]
SUP, OTHER = 8, 9
GRID = [round(0.05 * i, 2) for i in range(1, 20)]
MARKER = re.compile(r"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}(?:、|是(?!否)))\s*")
DICE = 0.6


def f32(xs):
    return [struct.unpack('f', struct.pack('f', x))[0] for x in xs]


def bigrams(text):
    s = MARKER.sub("", text.strip(), count=1)
    if len(s) == 1:
        return {s}
    return {s[i:i + 2] for i in range(len(s) - 1)}


def dice(a, b):
    if not a or not b:
        return 0.0
    return 2.0 * len(a & b) / (len(a) + len(b))


_fresh_cache = {}


def fresh_flags(items):
    """Statements with no close text (Dice >= 0.6) in another agency's statements among the scored ones."""
    key = tuple(sorted({(d['agency'], d['text']) for d in items}))
    if key in _fresh_cache:
        return _fresh_cache[key]
    pool = [(a, bigrams(t)) for a, t in key]
    fresh = {}
    for a, t in key:
        b = bigrams(t)
        fresh[(a, t)] = not any(o != a and dice(ob, b) >= DICE for o, ob in pool)
    _fresh_cache[key] = fresh
    return fresh


def matches(c, sub):
    return c == sub[1:] if sub.startswith('=') else sub in c


def load(path, sub='', mode='pooled'):
    groups = collections.defaultdict(list)
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        if not matches(d['configuration'], sub):
            continue
        d['p'] = f32(d[mode])
        d['gold'] = set(d['goldThemes'])
        d['ment'] = set(d['mentioned'])
        groups[(d['configuration'], d['foldSeed'])].append(d)
    for items in groups.values():
        flags = fresh_flags(items)
        for d in items:
            d['fresh'] = flags[(d['agency'], d['text'])]
    return groups


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return 2 * p * r / (p + r) if p + r else 0


def counts(items, preds):
    out = {}
    for t in T:
        tp = fp = fn = 0
        for d, pr in zip(items, preds):
            g, p = t in d['gold'], t in pr
            tp += g and p
            fp += p and not g
            fn += g and not p
        out[t] = (tp, fp, fn)
    return out


def macro(items, preds):
    c = counts(items, preds)
    vals = [f1(*v) for v in c.values() if v[0] + v[2]]
    return sum(vals) / len(vals) if vals else 0


def decide(p, par):
    """Shared threshold t; supervision at t - ds, other at t - do; `other` residual: when no named theme reaches its
    threshold, the statement names no THEMES.md keyword and the best named score is under t - margin, only `other`."""
    t = par['t']
    thr = [t] * 10
    thr[SUP] = t - par.get('ds', 0)
    thr[OTHER] = t - par.get('do', 0)
    chosen = {T[i] for i in range(10) if p[i] >= thr[i]}
    if 'margin' in par:
        named = [i for i in range(9) if p[i] >= thr[i]]
        if not named and max(p[:9]) < t - par['margin'] and (par.get('anykw') or not par['ment']):
            return {'other'}
    if chosen:
        return chosen
    best = max(range(10), key=lambda i: p[i] / max(thr[i], 1e-6))
    return {T[best]}


def decide_d(d, par):
    q = dict(par)
    if 'margin' in par:
        q['ment'] = bool(d['ment'])
    return decide(d['p'], q)


def grid_iter(grids):
    keys = [k for k, _ in grids]

    def rec(i, cur):
        if i == len(grids):
            yield dict(cur)
            return
        for v in grids[i][1]:
            cur[keys[i]] = v
            yield from rec(i + 1, cur)
    yield from rec(0, {})


def choose(items, grids):
    best = None
    for par in grid_iter(grids):
        if par['t'] - max(par.get('ds', 0), par.get('do', 0)) <= 0:
            continue
        m = macro(items, [decide_d(d, par) for d in items])
        if best is None or m > best[0] + 1e-9 or (abs(m - best[0]) <= 1e-9 and abs(par['t'] - 0.5) < abs(best[1]['t'] - 0.5)
                                                   and sum(v for k, v in par.items() if k != 't') <= sum(v for k, v in best[1].items() if k != 't')):
            best = (m, par)
    return best[1]


def nested(items, grids):
    preds = [None] * len(items)
    chosen = []
    for k in sorted({d['fold'] for d in items}):
        par = choose([d for d in items if d['fold'] != k], grids)
        chosen.append(par)
        for i, d in enumerate(items):
            if d['fold'] == k:
                preds[i] = decide_d(d, par)
    return preds, chosen


VIEWS = {
    'fresh': lambda d: d['fresh'],                       # round 8: every agency, no close text in another agency
    'fresh-pingtan': lambda d: d['fresh'] and d['pingtan'],
    'fresh-outside': lambda d: d['fresh'] and not d['pingtan'],
}


def summarise(per_seed, view):
    ms = [macro([x[0] for x in s], [x[1] for x in s]) for s in per_seed]
    mean = sum(ms) / len(ms)
    sd = math.sqrt(sum((m - mean) ** 2 for m in ms) / max(1, len(ms) - 1))
    themes = {}
    for t in T:
        fs = []
        tot = [0, 0, 0]
        for s in per_seed:
            c = counts([x[0] for x in s], [x[1] for x in s])[t]
            fs.append(f1(*c))
            tot = [a + b for a, b in zip(tot, c)]
        tm = sum(fs) / len(fs)
        tsd = math.sqrt(sum((f - tm) ** 2 for f in fs) / max(1, len(fs) - 1))
        tp, fp, fn = tot
        themes[t] = (tm, tsd, tp / (tp + fp) if tp + fp else 0, tp / (tp + fn) if tp + fn else 0, (tp + fn) // len(per_seed))
    return mean, sd, ms, themes


def run_view(groups, grids, view):
    out = {}
    for (c, seed), items in sorted(groups.items()):
        preds, chosen = nested(items, grids)
        sel = [(d, p) for d, p in zip(items, preds) if VIEWS[view](d)]
        out.setdefault(c, []).append((seed, sel, chosen))
    return out


def print_summary(label, per_seed, view):
    mean, sd, ms, themes = summarise(per_seed, view)
    n = len(per_seed[0])
    print(f"{label} [{view}: {n} statements] macro-F1 {mean:.3f} sd {sd:.3f} parts {' '.join(f'{m:.3f}' for m in ms)}")
    print("   " + "; ".join(f"{t} {v[0]:.2f}±{v[1]:.2f} P{v[2]:.2f} R{v[3]:.2f} ({v[4]})" for t, v in themes.items()))


def cmd_report(args):
    path, sub = args[0], (args[1] if len(args) > 1 else '')
    mode = args[2] if len(args) > 2 else 'pooled'
    groups = load(path, sub, mode)
    for view in ('fresh', 'fresh-pingtan', 'fresh-outside'):
        res = run_view(groups, [('t', GRID)], view)
        for c, runs in res.items():
            print_summary(f"{c} · {mode}", [r[1] for r in runs], view)
            if view == 'fresh':
                print("   thresholds chosen:", sorted({p['t'] for r in runs for p in r[2]}))


def bootstrap(A, B, seeds, rng_seed=7, n=1000):
    agencies = sorted({d['agency'] for d, _ in A[seeds[0]]})
    idx = {}
    for s in seeds:
        ia, ib = collections.defaultdict(list), collections.defaultdict(list)
        for x in A[s]:
            ia[x[0]['agency']].append(x)
        for x in B[s]:
            ib[x[0]['agency']].append(x)
        idx[s] = (ia, ib)
    rng = random.Random(rng_seed)
    boots = []
    for _ in range(n):
        sample = [rng.choice(agencies) for _ in agencies]
        ds = []
        for s in seeds:
            a = [x for ag in sample for x in idx[s][0][ag]]
            b = [x for ag in sample for x in idx[s][1][ag]]
            ds.append(macro([x[0] for x in b], [x[1] for x in b]) - macro([x[0] for x in a], [x[1] for x in a]))
        boots.append(sum(ds) / len(ds))
    boots.sort()
    return boots[int(0.025 * n)], boots[int(0.975 * n) - 1], sum(b <= 0 for b in boots) / n


def seed_preds(path, sub, grids=(('t', GRID),), view='fresh', mode='pooled'):
    groups = load(path, sub, mode)
    res = run_view(groups, list(grids), view)
    assert len(res) == 1, f"{sub!r} matches {list(res)}"
    runs = list(res.values())[0]
    return {seed: sel for seed, sel, _ in runs}


def compare(A, B, label):
    seeds = sorted(set(A) & set(B))
    diffs = [macro([x[0] for x in B[s]], [x[1] for x in B[s]]) - macro([x[0] for x in A[s]], [x[1] for x in A[s]]) for s in seeds]
    lo, hi, p0 = bootstrap(A, B, seeds)
    _, _, _, ta = summarise([A[s] for s in seeds], 'fresh')
    _, _, _, tb = summarise([B[s] for s in seeds], 'fresh')
    print(f"{label}: per partition {' '.join(f'{d:+.3f}' for d in diffs)} mean {sum(diffs) / len(diffs):+.3f}; "
          f"95% agency bootstrap {lo:+.3f} … {hi:+.3f}; P(diff<=0) {p0:.2f}")
    print("   per theme: " + "; ".join(f"{t} {tb[t][0] - ta[t][0]:+.3f}" for t in T))


def cmd_paired(args):
    fa, sa, fb, sb = args[:4]
    view = args[4] if len(args) > 4 else 'fresh'
    compare(seed_preds(fa, sa, view=view), seed_preds(fb, sb, view=view), f"{sb} vs {sa} [{view}]")


RULE_T = [round(0.05 * i, 2) for i in range(10, 20)]   # the shared threshold: 0.50 … 0.95 (the pooled recipe picks 0.70–0.90)
D = [0.0, 0.1, 0.2, 0.3]
RULES = {
    'ref': ('shared threshold (reference)', [('t', RULE_T)]),
    'sup': ('lower supervision threshold (ds chosen in the folds)', [('t', RULE_T), ('ds', D)]),
    'oth': ('lower other threshold (do chosen in the folds)', [('t', RULE_T), ('do', D)]),
    'both': ('lower supervision and other thresholds', [('t', RULE_T), ('ds', D), ('do', D)]),
    'resid-any': ('other = no named theme at t - margin, keywords or not (margin chosen)', [('t', RULE_T), ('anykw', [True]), ('margin', [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6])]),
    'resid': ('other = no named theme at t - margin and no THEMES.md keyword (margin chosen)', [('t', RULE_T), ('margin', [0.0, 0.1, 0.2, 0.3, 0.4])]),
}


def cmd_rules(args):
    """themes-proxy.py rules FILE SUB RULE [VIEW]: one rule (ref, sup, oth, both, resid), compared with the reference."""
    path, sub, rule = args[0], args[1], args[2]
    view = args[3] if len(args) > 3 else 'fresh'
    label, grids = RULES[rule]
    A = seed_preds(path, sub, grids, view)
    print_summary(label, [A[s] for s in sorted(A)], view)
    groups = load(path, sub)
    chosen = [p for _, items in sorted(groups.items()) for p in nested(items, grids)[1]] if rule != 'ref' else []
    if chosen:
        print("   parameters chosen in the folds:", collections.Counter(tuple(sorted(p.items())) for p in chosen).most_common(5))
    if rule != 'ref':
        compare(seed_preds(path, sub, RULES['ref'][1], view), A, '   vs reference')


def cmd_misses(args):
    path, sub, theme = args[:3]
    n = int(args[3]) if len(args) > 3 else 40
    ti = T.index(theme)
    groups = load(path, sub)
    (c, seed), items = sorted(groups.items())[0]
    preds, _ = nested(items, [('t', GRID)])
    pos = [d for d in items if theme in d['gold']]
    print(f"{c} seed {seed}: {theme} positives {len(pos)} (Pingtan {sum(d['pingtan'] for d in pos)}); fresh {sum(d['fresh'] for d in pos)}")
    for d, p in zip(items, preds):
        if theme in d['gold'] and theme not in p and d['fresh'] and n > 0:
            n -= 1
            print(f"MISS {'PT ' if d['pingtan'] else 'OUT'} {d['agency'][:18]:18} s={d['p'][ti]:.2f} pred={sorted(p)} | {d['text'][:90]}")
    for d, p in zip(items, preds):
        if theme in p and theme not in d['gold'] and d['fresh']:
            print(f"FP   {'PT ' if d['pingtan'] else 'OUT'} {d['agency'][:18]:18} s={d['p'][ti]:.2f} gold={sorted(d['gold'])} | {d['text'][:90]}")


if __name__ == '__main__':
    if len(sys.argv) < 3 or sys.argv[1] not in ('report', 'paired', 'rules', 'misses'):
        sys.exit(__doc__)
    {'report': cmd_report, 'paired': cmd_paired, 'rules': cmd_rules, 'misses': cmd_misses}[sys.argv[1]](sys.argv[2:])
