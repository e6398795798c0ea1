#!/usr/bin/env python3
"""gold-agreement.py [READING] [GOLD] — compares an independent reading of gold reports with gold.jsonl field by field.

Prints, per field, how many reports agree (exact match after the same normalisation the audit uses: whitespace
removed; phones compared by digits, e-mails case-insensitive, sets as sets) and lists every disagreement.
Defaults: data/corpus/gold/independent-reading.jsonl against data/corpus/gold/gold.jsonl.
"""
import json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
FIELDS = ['agencyAsWritten', 'agency', 'level', 'region', 'year', 'publishDate', 'sectionsPresent',
          'phones', 'emails', 'fees', 'table3', 'commitmentCount']

def load(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if line and not line.startswith('//'):
            d = json.loads(line)
            out[d['file']] = d
    return out

def norm(field, v):
    if v is None:
        return None
    if field == 'phones':
        return frozenset(re.sub(r'\D', '', p) for p in v)
    if field == 'emails':
        return frozenset(e.strip().lower() for e in v)
    if field == 'sectionsPresent':
        return frozenset(v)
    if isinstance(v, str):
        return re.sub(r'\s', '', v)
    if isinstance(v, dict):
        return tuple(sorted((k, norm(field, x)) for k, x in v.items()))
    return v

def main(reading_path, gold_path):
    reading, gold = load(reading_path), load(gold_path)
    files = [f for f in reading if f in gold]
    missing = [f for f in reading if f not in gold]
    if missing:
        print('not in gold:', *missing, sep='\n  ')
    agree = {f: 0 for f in FIELDS}
    both = {f: 0 for f in FIELDS}
    diffs = []
    for f in files:
        a, b = reading[f], gold[f]
        for field in FIELDS:
            if field not in a and field not in b:
                continue
            both[field] += 1
            if norm(field, a.get(field)) == norm(field, b.get(field)):
                agree[field] += 1
            else:
                diffs.append((os.path.basename(f).split('_')[0], field, a.get(field, '(missing)'), b.get(field, '(missing)')))
    print(f'{len(files)} reports compared')
    print('| field | agree |')
    print('|---|---|')
    for field in FIELDS:
        print(f'| {field} | {agree[field]}/{both[field]} |')
    print('\ndisagreements (reading | gold):')
    for d in diffs:
        print('  %s %s: %s | %s' % (d[0], d[1], json.dumps(d[2], ensure_ascii=False), json.dumps(d[3], ensure_ascii=False)))

if __name__ == '__main__':
    args = sys.argv[1:]
    main(args[0] if args else os.path.join(root, 'data/corpus/gold/independent-reading.jsonl'),
         args[1] if len(args) > 1 else os.path.join(root, 'data/corpus/gold/gold.jsonl'))
