#!/usr/bin/env python3
"""themes-agreement.py A.jsonl B.jsonl [--sample data/themes/shared-sample.txt] [--list]

Agreement of two annotators on the statements of the shared sample (issue 14): Cohen's kappa and raw agreement
for kind (3 classes) and for each theme (present/absent), exact theme-set agreement, and with --list every
statement where they differ. Lines are matched on `id` (<file prefix>@<start>-<end>); only ids of the sample count.
"""
import argparse, json, os, sys
from collections import Counter

THEMES = ['training', 'channels', 'coverage', 'interpretation', 'timeliness', 'standardization',
          'awareness', 'interaction', 'supervision', 'other']
KINDS = ['problem', 'rectification', 'measure']

def load(path):
    out = {}
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if line.strip():
            d = json.loads(line)
            if d['id'] in out:
                sys.exit(f"{path}:{n}: id {d['id']} twice")
            out[d['id']] = d
    return out

def sample_ids(path):
    return [l.split('\t', 1)[0] for l in open(path, encoding='utf-8') if l.strip() and not l.startswith('#')]

def kappa(pairs):
    """Cohen's kappa of a list of (a, b) labels; None when chance agreement is 1 (one class only)."""
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return po, (None if pe == 1 else (po - pe) / (1 - pe))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('a'); ap.add_argument('b')
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--sample', default=os.path.join(here, 'data', 'themes', 'shared-sample.txt'))
    ap.add_argument('--list', action='store_true')
    args = ap.parse_args()
    A, B, ids = load(args.a), load(args.b), sample_ids(args.sample)
    missing = [i for i in ids if i not in A or i not in B]
    if missing:
        sys.exit(f"{len(missing)} sample ids not labelled by both, e.g. {missing[:3]}")
    for i in ids:
        if A[i]['text'] != B[i]['text']:
            sys.exit(f"{i}: the two files hold different texts")
    n = len(ids)
    print(f"statements: {n}")
    po, k = kappa([(A[i]['kind'], B[i]['kind']) for i in ids])
    print(f"kind: raw {po:.3f}  kappa {k:.3f}  (A {dict(Counter(A[i]['kind'] for i in ids))}, B {dict(Counter(B[i]['kind'] for i in ids))})")
    print("| theme | A | B | both | raw | kappa |")
    print("|---|---|---|---|---|---|")
    ks = []
    for t in THEMES:
        pairs = [(t in A[i]['themes'], t in B[i]['themes']) for i in ids]
        po, k = kappa(pairs)
        ks.append(k) if k is not None else None
        print(f"| {t} | {sum(a for a, _ in pairs)} | {sum(b for _, b in pairs)} | {sum(a and b for a, b in pairs)} | {po:.3f} | {'n/a' if k is None else f'{k:.3f}'} |")
    print(f"mean kappa over themes: {sum(ks) / len(ks):.3f}")
    exact = sum(set(A[i]['themes']) == set(B[i]['themes']) for i in ids)
    both = sum(set(A[i]['themes']) == set(B[i]['themes']) and A[i]['kind'] == B[i]['kind'] for i in ids)
    print(f"exact theme set: {exact}/{n} = {exact / n:.3f}; kind and theme set: {both}/{n} = {both / n:.3f}")
    if args.list:
        for i in ids:
            a, b = A[i], B[i]
            ta, tb = set(a['themes']), set(b['themes'])
            if a['kind'] == b['kind'] and ta == tb:
                continue
            kind = '' if a['kind'] == b['kind'] else f" kind A={a['kind']} B={b['kind']}"
            print(f"\n{i}{kind}  A only: {sorted(ta - tb)}  B only: {sorted(tb - ta)}  both: {sorted(ta & tb)}")
            print(f"  {a['text'][:160]}")

if __name__ == '__main__':
    main()
