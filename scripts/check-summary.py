#!/usr/bin/env python3
"""check-summary.py CSV [--split dev|test|all] [--fails] — per-rule PASS/FAIL/UNCERTAIN/NOT_ASSESSABLE counts of
`searchmining check … --csv` output, one status per report and rule (FAIL if any result fails, else UNCERTAIN if any
is, else PASS if any passes), by the dev/test split of data/corpus/SPLIT.md (samples/reports count as dev).
--fails lists every failing result (file, rule, subject, evidence) of the split asked."""
import csv, importlib.util, os, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('split', os.path.join(here, 'corpus-split.py'))
split = importlib.util.module_from_spec(spec); spec.loader.exec_module(split)
samples = split.sample_slugs()

bundled = set(os.listdir(os.path.join(split.root, 'samples', 'reports')))

def split_of(file):
    if os.path.basename(file) in bundled:
        return 'dev'   # the bundled samples (some without an agency slug) were tuned on by earlier sessions
    slug = split.slug_of(os.path.basename(file))
    return split.split_of(slug, samples) if slug else 'test'   # unnamed counts as test (SPLIT.md)

def main(path, which='all', fails=False):
    rows = [r for r in csv.DictReader(open(path, encoding='utf-8')) if which == 'all' or split_of(r['file']) == which]
    status = defaultdict(dict)
    order = []
    for r in rows:
        if r['rule'] not in order: order.append(r['rule'])
        cur = status[r['rule']].get(r['file'])
        rank = {'FAIL': 3, 'UNCERTAIN': 2, 'PASS': 1, 'NOT_ASSESSABLE': 0}
        if cur is None or rank[r['status']] > rank[cur]: status[r['rule']][r['file']] = r['status']
    files = {r['file'] for r in rows}
    print(f"| rule | PASS | FAIL | UNCERTAIN | NOT_ASSESSABLE |  ({len(files)} reports, split: {which})")
    print("|---|---:|---:|---:|---:|")
    for rule in order:
        c = defaultdict(int)
        for s in status[rule].values(): c[s] += 1
        print(f"| {rule} | {c['PASS']} | {c['FAIL']} | {c['UNCERTAIN']} | {c['NOT_ASSESSABLE']} |")
    if fails:
        for r in rows:
            if r['status'] == 'FAIL':
                print(f"{split_of(r['file'])}\t{r['file']}\t{r['rule']}\t{r['subject']}\t{r['evidence'][:160]}")

if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    which = sys.argv[sys.argv.index('--split') + 1] if '--split' in sys.argv else 'all'
    if which in args: args.remove(which)
    main(args[0], which, '--fails' in sys.argv)
