#!/usr/bin/env python3
"""Cohen's kappa between a set's judgments.tsv (first judge) and judgments-second.tsv (second judge) over the pairs of
sample-second.tsv (unlisted = 0 in both files). Graded (0/1/2, unweighted and linear-weighted) and binary (relevant =
grade >= 1; also strict = grade 2), overall and per user group. Pairs listed as "late" in second-judge.json (v4: six
u25 pairs graded after the first disagreement list) are kept out of the "blind" figures and counted only in
"all (+late)". Lists disagreements with --list.
usage: python3 tools/relevance-second/agreement.py data/relevance/v5 [--list] [--before]
--before reads the first judge's judgments.tsv as committed before settling (second-judge.json "before"), the README's
"before" figures."""
import sys, collections, subprocess
from secondjudge import load, parse, rows

here, cfg, args = load()
group = {r[0]: r[4] for r in rows(here, 'needs.tsv')}
sample = [tuple(r) for r in rows(here, 'sample-second.tsv')]
def grades(rs):
    return {(r[0], r[1] + '#' + r[2]): int(r[3]) for r in rs}
if '--before' in args:
    text = subprocess.run(['git', 'show', cfg['before'] + ':./judgments.tsv'], cwd=here, check=True,
                          capture_output=True, text=True).stdout
    a = grades(parse(text.splitlines()))
else:
    a = grades(rows(here, 'judgments.tsv'))
b = grades(rows(here, 'judgments-second.tsv'))
LATE = {tuple(p) for p in cfg['late']}
blind = [k for k in sample if k not in LATE]
GROUPS = ('researcher', 'supervisor', 'journalist')
labels = ['blind', 'all (+late)'] if LATE else ['all']
WIDTH = max(len(x) for x in labels + list(GROUPS)) + 1
def kappa(pairs, cats, weight=None):
    n = len(pairs)
    if n == 0: return float('nan')
    w = weight or (lambda i, j: 0.0 if i == j else 1.0)
    ca = collections.Counter(x for x, _ in pairs); cb = collections.Counter(y for _, y in pairs)
    do = sum(w(x, y) for x, y in pairs) / n
    de = sum(ca[i] * cb[j] * w(i, j) for i in cats for j in cats) / (n * n)
    return 1 - do / de if de else float('nan')
def report(label, keys):
    g = [(a.get(k, 0), b.get(k, 0)) for k in keys]
    agree = sum(x == y for x, y in g) / len(g)
    k3 = kappa(g, [0, 1, 2]); kw = kappa(g, [0, 1, 2], lambda i, j: abs(i - j) / 2)
    kb = kappa([(x > 0, y > 0) for x, y in g], [False, True])
    ks = kappa([(x > 1, y > 1) for x, y in g], [False, True])
    print('%-*s n=%3d  agree %.3f  kappa 0/1/2 %.3f  weighted %.3f  binary(>=1) %.3f  strict(2) %.3f'
          % (WIDTH, label, len(g), agree, k3, kw, kb, ks))
report(labels[0], blind)
for grp in GROUPS:
    report(grp, [k for k in blind if group[k[0]] == grp])
if LATE:
    report(labels[1], sample)
m = collections.Counter((a.get(k, 0), b.get(k, 0)) for k in blind)
print('confusion%s (first, second):' % (' on blind pairs' if LATE else ''), dict(sorted(m.items())))
if '--list' in args:
    for k in sample:
        if a.get(k, 0) != b.get(k, 0):
            print('%s\t%s\tfirst %d\tsecond %d' % (k[0], k[1], a.get(k, 0), b.get(k, 0)))
