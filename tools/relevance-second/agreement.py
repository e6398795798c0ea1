#!/usr/bin/env python3
"""Cohen's kappa between judgments.tsv (first judge) and judgments-second.tsv (second judge) over the
pairs of sample-second.tsv (unlisted = 0 in both files). Graded (0/1/2, unweighted and linear-weighted)
and binary (relevant = grade >= 1; also strict = grade 2), overall and per user group. Lists disagreements.
usage: python3 tools/relevance-second/agreement.py [--list] [--before]
--before reads the first judge's judgments.tsv as it was before settling (git show e6c5317:…), the README figures."""
import os, sys, collections, subprocess
here = os.path.join(os.path.dirname(__file__), '..', '..', 'data', 'relevance', 'v4')
def rows(name):
    for l in open(os.path.join(here, name), encoding='utf-8'):
        if l.strip() and not l.startswith('#'):
            yield l.rstrip('\n').split('\t')
group = {r[0]: r[4] for r in rows('needs.tsv')}
sample = [tuple(r) for r in rows('sample-second.tsv')]
def grades(name):
    return {(r[0], r[1] + '#' + r[2]): int(r[3]) for r in rows(name)}
def grades_before():
    text = subprocess.run(['git', 'show', 'e6c5317:data/relevance/v4/judgments.tsv'], cwd=here, check=True,
                          capture_output=True, text=True).stdout
    return {(p[0], p[1] + '#' + p[2]): int(p[3]) for p in (l.split('\t') for l in text.splitlines() if l.strip() and not l.startswith('#'))}
a = grades_before() if '--before' in sys.argv else grades('judgments.tsv')
b = grades('judgments-second.tsv')
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
    print('%-12s n=%3d  agree %.3f  kappa 0/1/2 %.3f  weighted %.3f  binary(>=1) %.3f  strict(2) %.3f' % (label, len(g), agree, k3, kw, kb, ks))
# Six u25 pairs were left out of the second judge's reading by a truncated listing and graded only after the
# first disagreement list had shown two of their first grades; they are kept out of the blind figures.
LATE = {('u25', f) for f in ('p090_tianjin_hedong_minzhengju_2019.txt#二', 'p090_tianjin_hedong_minzhengju_2019.txt#四',
        '002_9d3f07d5fe28c571.txt#五', 'g016_pingtan_xian_anjianju_2013.txt#四', 'p044_beijing_dongchengqu_2020.txt#一',
        'g048_pingtan_jingjifazhanju_2015.txt#四')}
blind = [k for k in sample if k not in LATE]
report('blind', blind)
for grp in ('researcher', 'supervisor', 'journalist'):
    report(grp, [k for k in blind if group[k[0]] == grp])
report('all (+late)', sample)
m = collections.Counter((a.get(k, 0), b.get(k, 0)) for k in blind)
print('confusion on blind pairs (first, second):', dict(sorted(m.items())))
if '--list' in sys.argv:
    for k in sample:
        if a.get(k, 0) != b.get(k, 0):
            print('%s\t%s\tfirst %d\tsecond %d' % (k[0], k[1], a.get(k, 0), b.get(k, 0)))
