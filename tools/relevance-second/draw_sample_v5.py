#!/usr/bin/env python3
"""Draw the second judge's sample for data/relevance/v5 (fixed before the first judge finished judging).

Needs: every other need by id (w01, w03, ..., w49). Pairs: the rows of pool.tsv with origin `pool` (the pooled
union, fixed before judging; rows the judge adds later have origin `judge` and are not drawn, so the sample does not
change as judging goes on): all of them when there are at most 15, else 15 drawn with random.Random(SEED).sample over
the need's pool rows in file order. Reads pool.tsv and needs.tsv only (never judgments.tsv). Writes the sampled
(need, key) pairs in need order, shuffled within the need, to stdout.
usage: python3 tools/relevance-second/draw_sample_v5.py > data/relevance/v5/sample-second.tsv
"""
import os
import random

SEED = 20261130
PER_NEED = 15
here = os.path.join(os.path.dirname(__file__), '..', '..', 'data', 'relevance', 'v5')
needs = [l.split('\t')[0] for l in open(os.path.join(here, 'needs.tsv'), encoding='utf-8')
         if l.strip() and not l.startswith('#')]
chosen = needs[0::2]
pool = {}
for l in open(os.path.join(here, 'pool.tsv'), encoding='utf-8'):
    if not l.strip() or l.startswith('#'):
        continue
    n, key, origin = l.rstrip('\n').split('\t')
    if origin == 'pool':
        pool.setdefault(n, []).append(key)
rng = random.Random(SEED)
print('# second-judge sample: seed %d, needs every other id, up to %d pooled pairs (origin pool) per need' % (SEED, PER_NEED))
print('# need\tsection key')
for n in chosen:
    keys = pool.get(n, [])
    pick = rng.sample(keys, PER_NEED) if len(keys) > PER_NEED else rng.sample(keys, len(keys))
    for k in pick:
        print('%s\t%s' % (n, k))
