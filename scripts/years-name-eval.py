#!/usr/bin/env python3
"""years-name-eval.py AGENCIES.json — agency resolution against the corpus's file-name slugs, per split.

AGENCIES.json is the output of `searchmining agencies --from data/corpus --from samples/reports --json`. A file name's
agency slug (data/corpus/SPLIT.md) is the collectors' own identity of the agency, written by hand, so it serves as
the reference: two reports of one slug should be one agency, reports of two slugs two agencies (a renamed department
keeps its slug, so a rename the rules do not join counts as a miss). Prints, per split (dev / test, by SPLIT.md), the
slugs whose reports ended in several agencies (missed joins), the agencies holding several slugs (wrong joins), and
pairwise precision / recall over pairs of reports.
"""
import importlib.util, itertools, json, os, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('corpus_split', os.path.join(here, 'corpus-split.py'))
cs = importlib.util.module_from_spec(spec); spec.loader.exec_module(cs)

agencies = json.load(open(sys.argv[1], encoding='utf-8'))
samples = cs.sample_slugs()
reports = []   # (file, slug, split, agency key)
for a in agencies:
    for r in a['reports']:
        f = r['sourceFile']
        slug = cs.slug_of(f) or f          # a sample without a slug is its own agency
        split = cs.split_of(slug, samples) if cs.slug_of(f) else 'dev'
        reports.append((f, slug, split, a['key']))

for split in ('dev', 'test'):
    rs = [r for r in reports if r[2] == split]
    by_slug, by_key = defaultdict(set), defaultdict(set)
    for f, slug, _, key in rs:
        by_slug[slug].add(key); by_key[key].add(slug)
    tp = fp = fn = 0
    for a, b in itertools.combinations(rs, 2):
        same_ref, same_out = a[1] == b[1], a[3] == b[3]
        tp += same_ref and same_out; fp += same_out and not same_ref; fn += same_ref and not same_out
    series = sum(1 for s in by_slug if sum(1 for r in rs if r[1] == s) > 1)
    print(f"== {split}: {len(rs)} reports with an agency, {len(by_slug)} slugs ({series} with 2+ reports), {len(by_key)} agencies")
    print(f"   pairs of reports: same agency and same slug {tp}, joined across slugs {fp}, one slug left apart {fn}; "
          f"precision {tp / (tp + fp) if tp + fp else float('nan'):.3f}, recall {tp / (tp + fn) if tp + fn else float('nan'):.3f}")
    for s, keys in sorted(by_slug.items()):
        if len(keys) > 1: print(f"   missed join: {s} -> {' | '.join(sorted(keys))}")
    for k, slugs in sorted(by_key.items()):
        if len(slugs) > 1: print(f"   joined slugs: {k} <- {', '.join(sorted(slugs))}")
