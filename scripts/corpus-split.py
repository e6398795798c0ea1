#!/usr/bin/env python3
"""corpus-split.py [FOLDER...] — prints `dev|test<TAB>path` for every report text, by the rule in data/corpus/SPLIT.md."""
import hashlib, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
# Blind holdouts scored once and then released to dev (data/corpus/SPLIT.md; CorpusFolders.ReleasedHoldouts in C#):
# every file under one of these folders is dev whatever its slug hashes to. Rounds 1–14: each scored once (2026-11-30 … 12-02).
RELEASED_HOLDOUTS = ['data/corpus/holdout', 'data/corpus/holdout2', 'data/corpus/holdout3', 'data/corpus/holdout4', 'data/corpus/holdout5', 'data/corpus/holdout6', 'data/corpus/holdout7', 'data/corpus/holdout8', 'data/corpus/holdout9', 'data/corpus/holdout10', 'data/corpus/holdout11', 'data/corpus/holdout12', 'data/corpus/holdout13', 'data/corpus/holdout14', 'data/corpus/holdout15', 'data/corpus/holdout16', 'data/corpus/holdout17']
NAME = re.compile(r'^[a-z]*\d+_(?P<slug>.+?)_(?P<year>(19|20)\d\d)(_[^.]*)?\.txt$')

def slug_of(name):
    m = NAME.match(name)
    return m.group('slug') if m else None

def sample_slugs():
    d = os.path.join(root, 'samples', 'reports')
    return {s for s in (slug_of(f) for f in os.listdir(d)) if s}

def in_released_holdout(path):
    normalised = '/' + os.path.abspath(path).replace('\\', '/')
    return any('/' + folder + '/' in normalised for folder in RELEASED_HOLDOUTS)

HOLDOUT_FOLDER = re.compile(r'/(?P<folder>data/corpus/holdout\d*)/')

def in_blind_holdout(path):
    # a data/corpus/holdout… folder not (yet) released: test whatever its slugs hash to (CorpusSplit.IsInBlindHoldout)
    m = HOLDOUT_FOLDER.search('/' + os.path.abspath(path).replace('\\', '/'))
    return bool(m) and m.group('folder') not in RELEASED_HOLDOUTS

def split_of(slug, samples, path=''):
    if in_released_holdout(path):
        return 'dev'
    if in_blind_holdout(path):
        return 'test'
    if slug in samples:
        return 'dev'
    return 'test' if int(hashlib.sha256(slug.encode('utf-8')).hexdigest()[:8], 16) % 3 == 0 else 'dev'

def main(folders):
    samples = sample_slugs()
    folders = folders or [os.path.join(root, 'data', 'corpus')]
    for folder in folders:
        for r, _, fs in os.walk(folder):
            for f in sorted(fs):
                if not f.endswith('.txt'):
                    continue
                slug = slug_of(f)
                print(f"{split_of(slug, samples, os.path.join(r, f)) if slug else 'unnamed'}\t{os.path.join(r, f)}")

if __name__ == '__main__':
    main(sys.argv[1:])
