#!/usr/bin/env python3
"""Draw the second judge's sample for data/relevance/v4 (fixed before judging).

Needs: every other need by id (u01, u03, ..., u49). Pairs: all rows of pool.tsv for the need
(origin pool or judge; the origin is not used) when there are at most 15, else 15 drawn with
random.Random(SEED).sample over the pool.tsv rows in file order. Reads pool.tsv and needs.tsv
only (never judgments.tsv). Writes the sampled (need, key) pairs in need order, shuffled
within the need, to stdout.
usage: python3 tools/relevance-second/draw_sample.py > data/relevance/v4/sample-second.tsv
"""
import random, sys, os
SEED = 20261130
PER_NEED = 15
here = os.path.join(os.path.dirname(__file__), '..', '..', 'data', 'relevance', 'v4')
needs = [l.split('\t')[0] for l in open(os.path.join(here, 'needs.tsv'), encoding='utf-8')
         if l.strip() and not l.startswith('#')]
chosen = needs[0::2]
pool = {}
for l in open(os.path.join(here, 'pool.tsv'), encoding='utf-8'):
    if not l.strip() or l.startswith('#'):
        continue
    n, key, _origin = l.rstrip('\n').split('\t')
    pool.setdefault(n, []).append(key)
rng = random.Random(SEED)
print('# second-judge sample: seed %d, needs every other id, up to %d pool.tsv pairs per need' % (SEED, PER_NEED))
print('# need\tsection key')
for n in chosen:
    keys = pool.get(n, [])
    pick = rng.sample(keys, PER_NEED) if len(keys) > PER_NEED else rng.sample(keys, len(keys))
    for k in pick:
        print('%s\t%s' % (n, k))
