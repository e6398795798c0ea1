#!/usr/bin/env python3
"""themes-settle.py A.jsonl B.jsonl [--decisions data/themes/settled-decisions.tsv] [--out data/themes/real-settled.jsonl]

Writes the settled real labels (issue 14): annotator A's lines in A's order, where
- a shared-sample statement both annotators labelled alike keeps that label (`annotator` "A+B");
- a shared-sample statement they label differently takes the decision of the decisions file, which must name the
  rule (README "Settling disagreements") and equal the kept annotator's label (`annotator` "A+B", `settled`);
- a statement outside the sample changed by a rule takes its decision (`annotator` "A", `settled`).
Fails (exit 1) on a disagreement without a decision, a decision that matches neither the kept annotator nor any line,
or a decision for a statement both labelled alike. Prints the counts of the written file.
"""
import argparse, json, os, sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
THEMES = ['training', 'channels', 'coverage', 'interpretation', 'timeliness', 'standardization',
          'awareness', 'interaction', 'supervision', 'other']

def load(path):
    return [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]

def same(x, kind, themes):
    return x['kind'] == kind and set(x['themes']) == set(themes)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('a'); ap.add_argument('b')
    ap.add_argument('--sample', default=os.path.join(ROOT, 'data', 'themes', 'shared-sample.txt'))
    ap.add_argument('--decisions', default=os.path.join(ROOT, 'data', 'themes', 'settled-decisions.tsv'))
    ap.add_argument('--out', default=os.path.join(ROOT, 'data', 'themes', 'real-settled.jsonl'))
    args = ap.parse_args()
    A = load(args.a)
    B = {d['id']: d for d in load(args.b)}
    shared = {l.split('\t', 1)[0] for l in open(args.sample, encoding='utf-8') if l.strip() and not l.startswith('#')}
    decisions = {}
    for l in open(args.decisions, encoding='utf-8'):
        if l.strip() and not l.startswith('#'):
            i, kind, themes, rule, kept = l.rstrip('\n').split('\t')
            decisions[i] = (kind, themes.split(','), rule, kept)
    errors, out, used = [], [], set()
    for a in A:
        i, d = a['id'], dict(a)
        dec = decisions.get(i)
        if i in shared:
            b = B.get(i)
            if b is None or b['text'] != a['text']:
                errors.append(f"{i}: not in B's file with the same text"); continue
            if same(b, a['kind'], a['themes']):
                if dec: errors.append(f"{i}: A and B agree, yet the decisions file settles it")
                d['annotator'] = 'A+B'
            elif not dec:
                errors.append(f"{i}: A and B differ and no decision settles it"); continue
            else:
                kind, themes, rule, kept = dec
                if kept not in ('A', 'B') or not same(a if kept == 'A' else b, kind, themes):
                    errors.append(f"{i}: decision does not equal annotator {kept}'s label"); continue
                d.update(kind=kind, themes=themes, annotator='A+B',
                         settled=f"{rule}: kept {kept}; A had {a['kind']} {a['themes']}, B had {b['kind']} {b['themes']}")
        elif dec:
            kind, themes, rule, kept = dec
            d.update(kind=kind, themes=themes,
                     settled=f"{rule} applied outside the shared sample; A had {a['kind']} {a['themes']}")
        if dec: used.add(i)
        out.append(d)
    errors += [f"{i}: decision for a statement not in A's file" for i in decisions if i not in used and i not in {e.split(':')[0] for e in errors}]
    if errors:
        print('\n'.join(errors), file=sys.stderr); sys.exit(1)
    with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False, separators=(',', ':')) + '\n')
    s = [d for d in out if d['id'] in shared]
    print(f"wrote {args.out}: {len(out)} statements ({len(s)} of the shared sample, "
          f"{sum('settled' in d for d in s)} settled by rule there, {sum('settled' in d for d in out) - sum('settled' in d for d in s)} changed by a rule outside it)")
    for name, rows in (('all', out), ('shared sample', s)):
        for split in ('dev', 'test', None):
            r = [d for d in rows if split is None or d['split'] == split]
            k = Counter(d['kind'] for d in r)
            t = Counter(x for d in r for x in d['themes'])
            print(f"{name} {split or 'total'} ({len(r)}): " + ', '.join(f"{x} {k[x]}" for x in ('problem', 'rectification', 'measure'))
                  + ' | ' + ', '.join(f"{x} {t[x]}" for x in THEMES))

if __name__ == '__main__':
    main()
