#!/usr/bin/env python3
"""Apply a set's settled corrections (second-judge.json "corrections", the list in its README.md, "Second judge") to
its judgments.tsv, each asserted against its old grade and against pool.tsv, then print the README counts. Re-running
is a no-op.
usage: python3 tools/relevance-second/settle.py data/relevance/v5"""
import os, collections, statistics
from secondjudge import load

here, cfg, _ = load()
CHANGES = [tuple(c) for c in cfg['corrections']]  # need, file#section, old, new
path = os.path.join(here, 'judgments.tsv')
lines = open(path, encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()
def key(l):
    p = l.split('\t'); return (p[0], p[1] + '#' + p[2])
index = {key(l): i for i, l in enumerate(lines) if l and not l.startswith('#')}
pool = {tuple(l.rstrip('\n').split('\t')[:2]) for l in open(os.path.join(here, 'pool.tsv'), encoding='utf-8') if not l.startswith('#')}
applied = 0
for n, k, old, new in CHANGES:
    assert (n, k) in pool, (n, k)
    i = index.get((n, k))
    cur = int(lines[i].split('\t')[3]) if i is not None else 0
    if cur == new:
        continue  # already applied
    assert cur == old, (n, k, cur, old)
    f, s = k.split('#')
    row = '%s\t%s\t%s\t%d' % (n, f, s, new)
    if i is not None:
        lines[i] = row
    else:
        last = max(j for j, l in enumerate(lines) if l.startswith(n + '\t'))
        lines.insert(last + 1, row)
        index = {key(l): j for j, l in enumerate(lines) if l and not l.startswith('#')}
    applied += 1
open(path, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
J = [l.split('\t') for l in lines if l and not l.startswith('#')]
per = collections.Counter(r[0] for r in J)
needs = [l.split('\t')[0] for l in open(os.path.join(here, 'needs.tsv'), encoding='utf-8') if l.strip() and not l.startswith('#')]
counts = [per.get(n, 0) for n in needs]
print('applied', applied, '| relevant', len(J), 'grade 2', sum(r[3] == '2' for r in J),
      '| per need mean %.1f median %g min %d max %d' % (statistics.mean(counts), statistics.median(counts), min(counts), max(counts)))
print(', '.join('%s %d' % (n, per.get(n, 0)) for n in needs))
