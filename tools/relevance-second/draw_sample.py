#!/usr/bin/env python3
"""Draw the second judge's sample for a relevance set (fixed before judging).

Needs: every other need by id (u01, u03, ..., u49). Pairs: the need's rows of pool.tsv (with "origin": "pool" in
second-judge.json, only rows of origin `pool`, the pooled union fixed before judging, so rows the judge adds later
do not change the sample; with null, every row, the origin not used): all of them when there are at most PER_NEED,
else PER_NEED drawn with random.Random(SEED).sample over the need's rows in file order. Reads pool.tsv and needs.tsv
only (never judgments.tsv). Writes the sampled (need, key) pairs in need order, shuffled within the need, to stdout.
usage: python3 tools/relevance-second/draw_sample.py data/relevance/v5 > data/relevance/v5/sample-second.tsv
"""
import os, random
from secondjudge import load

here, cfg, _ = load()
SEED = cfg['sample']['seed']
PER_NEED = cfg['sample']['per_need']
ORIGIN = cfg['sample']['origin']
needs = [l.split('\t')[0] for l in open(os.path.join(here, 'needs.tsv'), encoding='utf-8')
         if l.strip() and not l.startswith('#')]
chosen = needs[0::2]
pool = {}
for l in open(os.path.join(here, 'pool.tsv'), encoding='utf-8'):
    if not l.strip() or l.startswith('#'):
        continue
    n, key, origin = l.rstrip('\n').split('\t')
    if ORIGIN is None or origin == ORIGIN:
        pool.setdefault(n, []).append(key)
rng = random.Random(SEED)
what = 'pool.tsv pairs' if ORIGIN is None else 'pooled pairs (origin %s)' % ORIGIN
print('# second-judge sample: seed %d, needs every other id, up to %d %s per need' % (SEED, PER_NEED, what))
print('# need\tsection key')
for n in chosen:
    keys = pool.get(n, [])
    pick = rng.sample(keys, PER_NEED) if len(keys) > PER_NEED else rng.sample(keys, len(keys))
    for k in pick:
        print('%s\t%s' % (n, k))
