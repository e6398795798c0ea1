#!/usr/bin/env python3
"""Second judge's listing of a set's sampled sections (the set's README.md, "Second judge").
usage: SECTIONS=/tmp/s.tsv python3 tools/relevance-second/view_sample.py data/relevance/v5 w01 w03 ...
where /tmp/s.tsv comes from `eval-relevance --set data/relevance/v4 --export-sections /tmp/s.tsv` (v3, v4 and v5 share
the section keys). Short sections (up to view.max_full characters) and the view.full needs are printed in full, long
ones as their opening plus the passages (view.window characters either side) around the need's key words
(view.keywords, written per need from its need column before grading). The rest of second-judge.json "view" keeps
each set's layout as it was judged: opening_line > 0 prints the opening on its own line (^…) and caps the passages at
max_passages characters; opening_span > 0 makes the opening the first passage instead. listing "flat" prints the
sample's rows of the named needs in file order; "by-need" prints each named need's need columns, then its rows
numbered. Reads only needs.tsv and sample-second.tsv, never judgments.tsv."""
import sys, re, os
from secondjudge import load, rows

here, cfg, args = load()
V = cfg['view']
KW = V['keywords']
FULL = set(V['full'])
sec = {}
for l in open(os.environ.get('SECTIONS', '/tmp/s.tsv'), encoding='utf-8'):
    k, t = l.rstrip('\n').split('\t', 1); sec[k] = t
def show(n, k, maxfull=V['max_full'], win=V['window']):
    t = sec[k]
    head = '%s  [%d]' % (k, len(t))
    kws = KW.get(n, '').split()
    if n in FULL or len(t) <= maxfull or not kws:
        return head + '\n  ' + t
    spans = [(0, V['opening_span'])] if V['opening_span'] else []
    for w in kws:
        for m in re.finditer(re.escape(w), t):
            spans.append((max(0, m.start() - win), min(len(t), m.end() + win)))
    spans.sort(); merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]: merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else: merged.append((s, e))
    out = ' | '.join(t[s:e] for s, e in merged)
    if not V['opening_line']:
        return head + '\n  ' + out
    if V['max_passages'] and len(out) > V['max_passages']: out = out[:V['max_passages']] + '…'
    return head + '\n  ^' + t[:V['opening_line']] + '…\n  ' + (out if out else '(no keyword)')
sample = [l.rstrip('\n').split('\t') for l in open(os.path.join(here, 'sample-second.tsv'), encoding='utf-8')
          if not l.startswith('#')]
if V['listing'] == 'flat':
    chosen = set(args)
    for n, k in sample:
        if n in chosen:
            print(n, show(n, k)); print()
else:
    needs = {}
    for l in open(os.path.join(here, 'needs.tsv'), encoding='utf-8'):
        if not l.startswith('#'): r = l.rstrip('\n').split('\t'); needs[r[0]] = r
    for n in args:
        print('=====', n, needs[n][2], '::', needs[n][3])
        for i, (m, k) in enumerate(r for r in sample if r[0] == n):
            print('--[%d]' % i, show(n, k))
