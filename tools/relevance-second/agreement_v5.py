#!/usr/bin/env python3
"""Cohen's kappa between data/relevance/v5/judgments.tsv (first judge) and judgments-second.tsv (second judge) over the
pairs of sample-second.tsv (unlisted = 0 in both files). Graded (0/1/2, unweighted and linear-weighted) and binary
(relevant = grade >= 1; also strict = grade 2), overall and per user group. Lists disagreements with --list.
usage: python3 tools/relevance-second/agreement_v5.py [--list] [--before]
--before reads the first judge's judgments.tsv as committed before settling (27d5902), the README's "before" figures."""
import os, sys, collections, subprocess
here = os.path.join(os.path.dirname(__file__), '..', '..', 'data', 'relevance', 'v5')
BEFORE = '27d5902'
def parse(lines):
    for l in lines:
        if l.strip() and not l.startswith('#'):
            yield l.rstrip('\n').split('\t')
def rows(name):
    return parse(open(os.path.join(here, name), encoding='utf-8'))
group = {r[0]: r[4] for r in rows('needs.tsv')}
sample = [tuple(r) for r in rows('sample-second.tsv')]
def grades(rs):
    return {(r[0], r[1] + '#' + r[2]): int(r[3]) for r in rs}
if '--before' in sys.argv:
    text = subprocess.run(['git', 'show', BEFORE + ':data/relevance/v5/judgments.tsv'], cwd=here, check=True,
                          capture_output=True, text=True).stdout
    a = grades(parse(text.splitlines()))
else:
    a = grades(rows('judgments.tsv'))
b = grades(rows('judgments-second.tsv'))
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
    print('%-11s n=%3d  agree %.3f  kappa 0/1/2 %.3f  weighted %.3f  binary(>=1) %.3f  strict(2) %.3f'
          % (label, len(g), agree, k3, kw, kb, ks))
report('all', sample)
for grp in ('researcher', 'supervisor', 'journalist'):
    report(grp, [k for k in sample if group[k[0]] == grp])
m = collections.Counter((a.get(k, 0), b.get(k, 0)) for k in sample)
print('confusion (first, second):', dict(sorted(m.items())))
if '--list' in sys.argv:
    for k in sample:
        if a.get(k, 0) != b.get(k, 0):
            print('%s\t%s\tfirst %d\tsecond %d' % (k[0], k[1], a.get(k, 0), b.get(k, 0)))
