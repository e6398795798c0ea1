#!/usr/bin/env python3
"""Paired per-need comparison of eval-relevance runs (--write-runs files: need TAB rank TAB key) on the dev needs.

usage: scripts/relevance-paired.py --set data/relevance data/relevance/v2 ... --base BASE.tsv RUN.tsv [RUN.tsv ...]

Per run: nDCG@10 and recall@10 (docs/RELEVANCE.md: gain 2^grade - 1, ideal over all judged sections; recall = share of
sections with grade >= 1 in the top 10) of the base and the run, over the dev needs with a relevant section; the mean
paired change with a 95 % t interval and a bootstrap interval (10,000 resamples of needs, seed 1); the needs that moved.
Only needs whose split is dev are read: never pass a frozen test set.
"""
import argparse, collections, math, random

def load_sets(folders):
    judged, queries = collections.defaultdict(dict), {}
    for folder in folders:
        for line in open(f'{folder}/judgments.tsv', encoding='utf-8'):
            if line.startswith('#') or not line.strip(): continue
            need, source, section, grade = line.rstrip('\n').split('\t')[:4]
            judged[need][f'{source}#{section}'] = int(grade)
        for line in open(f'{folder}/needs.tsv', encoding='utf-8'):
            if line.startswith('#') or not line.strip(): continue
            parts = line.rstrip('\n').split('\t')
            if parts[1] == 'dev': queries[parts[0]] = parts[2]
    return judged, queries

def read_run(path):
    ranked = collections.defaultdict(list)
    for line in open(path, encoding='utf-8'):
        need, _, key = line.rstrip('\n').split('\t')
        ranked[need].append(key)
    return ranked

def ndcg(ranked, grades, k=10):
    dcg = sum((2 ** grades.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranked[:k]))
    ideal = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(sorted(grades.values(), reverse=True)[:k]))
    return dcg / ideal

def recall(ranked, grades, k=10):
    relevant = sum(1 for g in grades.values() if g >= 1)
    return sum(1 for key in ranked[:k] if grades.get(key, 0) >= 1) / relevant

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--set', nargs='+', required=True)
    parser.add_argument('--base', required=True)
    parser.add_argument('runs', nargs='+')
    args = parser.parse_args()
    judged, queries = load_sets(args.set)
    needs = [n for n in queries if any(g > 0 for g in judged[n].values())]
    base = read_run(args.base)
    for path in args.runs:
        run = read_run(path)
        for name, metric in (('nDCG@10', ndcg), ('recall@10', recall)):
            before = [metric(base.get(n, []), judged[n]) for n in needs]
            after = [metric(run.get(n, []), judged[n]) for n in needs]
            diff = [a - b for a, b in zip(after, before)]
            mean = sum(diff) / len(diff)
            se = math.sqrt(sum((d - mean) ** 2 for d in diff) / (len(diff) - 1) / len(diff))
            random.seed(1)
            boot = sorted(sum(random.choice(diff) for _ in diff) / len(diff) for _ in range(10000))
            moved = [(n, d) for n, d in zip(needs, diff) if abs(d) > 1e-9]
            print(f'{path}: {name} {sum(before) / len(needs):.4f} -> {sum(after) / len(needs):.4f} (n={len(needs)}), mean change {mean:+.4f}, '
                  f'95% t [{mean - 1.96 * se:+.4f}, {mean + 1.96 * se:+.4f}], bootstrap [{boot[250]:+.4f}, {boot[9750]:+.4f}], '
                  f'{len(moved)} needs moved ({sum(1 for _, d in moved if d > 0)} up)')
            for need, d in moved: print(f'   {need}\t{queries[need]}\t{d:+.3f}')
        print(f'   top 10 the same for {sum(1 for n in queries if run.get(n) == base.get(n))} of {len(queries)} dev needs')

if __name__ == '__main__':
    main()
