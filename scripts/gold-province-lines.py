#!/usr/bin/env python3
"""gold-province-lines.py — every dev gold line whose text writes a province (…省/…自治区) right before one of the
agency's places (the region's city or county), with the text around it and whether the gold name carries the province.
Parser round 11 (docs/PARSING.md) read the gold readers' province rule from this listing. Dev lines only (the split of
data/corpus/SPLIT.md, via scripts/corpus-split.py)."""
import importlib.util, json, os, re

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location('corpus_split', os.path.join(root, 'scripts', 'corpus-split.py'))
split = importlib.util.module_from_spec(spec); spec.loader.exec_module(split)
PROVINCE = re.compile(r'([一-龥]{2,6}?(?:省|自治区))')
GOLD = ['gold.jsonl'] + [f'holdout{n}.jsonl' for n in ['', '2', '3', '4', '5', '6', '7']]

def main():
    samples = split.sample_slugs()
    for gold in GOLD:
        path = os.path.join(root, 'data', 'corpus', 'gold', gold)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding='utf-8'):
            line = line.strip()
            if not line or line.startswith('//'):
                continue
            g = json.loads(line)
            file = os.path.join(root, g['file'])
            if not g.get('agency') or split.split_of(split.slug_of(os.path.basename(file)), samples, file) != 'dev':
                continue
            region = g.get('region') or {}
            places = [p for p in (region.get('city'), region.get('county')) if p]
            text = re.sub(r'\s+', '', open(file, encoding='utf-8').read())
            hits = [(m.group(1), p, text[max(0, m.start() - 8):m.end() + len(p) + 20])
                    for m in PROVINCE.finditer(text) for p in places if text.startswith(p, m.end())]
            if not hits:
                continue
            joined = any(g['agency'].startswith(h[0]) for h in hits)
            print(f"{gold}\t{os.path.basename(file)}\tgold={g['agency']}\twith province={joined}")
            for province, place, context in hits[:6]:
                print(f"\t{province} {place} | {context}")

if __name__ == '__main__':
    main()
