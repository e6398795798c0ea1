#!/usr/bin/env python3
"""Round 9 (docs/CLASSIFIER.md): wording learnt from unlabelled report text, and `other` as its own decision.

Reads `searchmining tune --scores FILE` (mixed agency folds, as scripts/themes-proxy.py) and `searchmining parse FOLDER
--json` of the dev and released report files (corpus + samples; the test side of the split is never parsed: the folder
holds links to the files `scripts/corpus-split.py` calls dev, or the unnamed bundled samples).

Unlabelled text: sections 一 (split into sentences) and 五 (the parser's statements) of every such report **whose agency
has no labelled statement in the score file**, so no held-out statement's text (nor its agency's other years) is in it.
Distributional vectors: positive PMI of CJK character bigrams co-occurring within WINDOW bigrams in one sentence
(context distribution smoothed ** 0.75). A theme's centroid is the sum of the unit PPMI rows of the bigrams of its
THEMES.md keywords (read from Core/Themes/ThemeVocabulary.cs; supervision also the descriptor words of
Mining/Themes/DescriptorCues.cs) — no other word list. A statement's distributional feature for theme t is the mean of
its TOP highest cosines between its non-seed bigrams and t's centroid: "a word the unlabelled text uses near t's words".

Decisions (each parameter fitted on the other folds' out-of-fold scores, as themes-proxy.py `nested`):
  ref        shared threshold (themes-proxy.py's reference)
  pt         per-theme thresholds (free, chosen per theme on the other folds)
  stack-X    a logistic model per weak theme (supervision, other) over features of the other folds' scores, its own
             threshold chosen there too; the other themes keep the shared threshold. X = s (supervision only),
             o (other only), so (both), n (each of the nine named themes). Suffix -d adds the distributional features.
usage: themes-distributional.py FILE SUB PARSEJSON RULE… [--window W] [--top K] [--shuffle SEED] [--per-fold 1] [--view V]
  --view V: fresh (default), fresh-pingtan or fresh-outside (themes-proxy.py's views; fitting always uses every statement)
  --per-fold 1: each fold's vectors learn from every parsed dev report except those of its held-out agencies (the
  training folds' labelled agencies' text too, as the committed model would)
  --shuffle SEED: control — the non-seed bigrams' similarities permuted at random (what the stacker gains without the
  learnt wording)
"""
import collections, importlib.util, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('proxy', os.path.join(HERE, 'themes-proxy.py'))
P = importlib.util.module_from_spec(spec)
spec.loader.exec_module(P)
T, SUP, OTHER = P.T, P.SUP, P.OTHER
ROOT = os.path.dirname(HERE)
CJK = re.compile(r'[\u4e00-\u9fff]+')
SENT = re.compile(r'[。；;！!？?\n]+')
SLUG = re.compile(r'^[^_]+_(.+)_(\d{4})(?:_[^.]*)?\.\w+$')


def seeds():
    voc = open(os.path.join(ROOT, 'src/SearchMining.Core/Themes/ThemeVocabulary.cs'), encoding='utf-8').read()
    out = {}
    for m in re.finditer(r'new\(ThemeIds\.(\w+), "[^"]*", \[([^\]]*)\]\)', voc):
        out[m.group(1).lower()] = re.findall(r'"([^"]+)"', m.group(2))
    desc = open(os.path.join(ROOT, 'src/SearchMining.Mining/Themes/DescriptorCues.cs'), encoding='utf-8').read()
    m = re.search(r'SupervisionWords \{ get; \} = \[([^\]]*)\]', desc)
    out['supervision'] = out['supervision'] + re.findall(r'"([^"]+)"', m.group(1))
    assert set(out) == set(T), out.keys()
    return out


def bigrams_of(s):
    return [r[i:i + 2] for r in CJK.findall(s) for i in range(len(r) - 1)]


def slug(name):
    m = SLUG.match(name)
    return m.group(1) if m else name


def report_sentences(parse_json):
    """(agency slug, sentence) of sections 五 (statements) and 一 of every parsed report."""
    out = []
    for x in json.load(open(parse_json, encoding='utf-8')):
        if not x.get('succeeded'):
            continue
        a, r = slug(os.path.basename(x['sourceFile'])), x['report']
        out += [(a, t['text']) for t in r.get('statements', [])]
        for sec in r.get('sections', []):
            if sec.get('number') == '一':
                out += [(a, s) for s in SENT.split(sec.get('text', '')) if len(s) > 4]
    return out


PER_FOLD = {}   # --per-fold: every report's sentences; each fold's vectors also learn from its training agencies' reports


def unlabelled_sentences(parse_json, labelled):
    sents, reports, kept = [], 0, 0
    for x in json.load(open(parse_json, encoding='utf-8')):
        if not x.get('succeeded'):
            continue
        reports += 1
        if slug(os.path.basename(x['sourceFile'])) in labelled:
            continue
        kept += 1
        r = x['report']
        sents += [t['text'] for t in r.get('statements', [])]
        for sec in r.get('sections', []):
            if sec.get('number') == '一':
                sents += [s for s in SENT.split(sec.get('text', '')) if len(s) > 4]
    return sents, reports, kept


def ppmi_sims(sents, seed_words, window, min_count=3):
    freq = collections.Counter()
    toks = [bigrams_of(s) for s in sents]
    for ts in toks:
        freq.update(ts)
    vocab = {b for b, c in freq.items() if c >= min_count}
    co = collections.defaultdict(collections.Counter)
    for ts in toks:
        for i, b in enumerate(ts):
            if b not in vocab:
                continue
            row = co[b]
            for j in range(max(0, i - window), min(len(ts), i + window + 1)):
                if abs(i - j) >= 2 and ts[j] in vocab:   # skip itself and the overlapping neighbour
                    row[ts[j]] += 1
    ctx = collections.Counter()
    for row in co.values():
        ctx.update(row)
    total = sum(ctx.values())
    ctx_p = {c: v ** 0.75 for c, v in ctx.items()}
    zc = sum(ctx_p.values())
    vec = {}
    for b, row in co.items():
        rb = sum(row.values())
        v = {}
        for c, n in row.items():
            pmi = math.log((n / rb) / (ctx_p[c] / zc))
            if pmi > 0:
                v[c] = pmi
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vec[b] = {c: x / norm for c, x in v.items()}
    seed_bg = {t: {g for w in ws for g in bigrams_of(w)} for t, ws in seed_words.items()}
    cents = {}
    for t, bs in seed_bg.items():
        c = collections.Counter()
        for b in bs:
            for k, x in vec.get(b, {}).items():
                c[k] += x
        norm = math.sqrt(sum(x * x for x in c.values())) or 1.0
        cents[t] = {k: x / norm for k, x in c.items()}
    sims = {}
    for b, v in vec.items():
        sims[b] = [sum(x * cents[t].get(k, 0.0) for k, x in v.items()) if cents[t] else 0.0 for t in T]
    return sims, seed_bg, len(vocab)


def neighbours(sims, seed_bg, t, n=25):
    i = T.index(t)
    return sorted(((s[i], b) for b, s in sims.items() if b not in seed_bg[t]), reverse=True)[:n]


def dist_features(text, sims, seed_bg, top):
    bs = set(bigrams_of(text))
    out = []
    for i, t in enumerate(T):
        vals = sorted((sims[b][i] for b in bs if b in sims and b not in seed_bg[t]), reverse=True)[:top]
        out.append(sum(vals) / top if vals else 0.0)
    return out


def logit(p):
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def feats(d, theme, use_dist):
    p = d['p']
    named = sorted(p[:9], reverse=True)
    if theme != OTHER:
        x = [logit(p[theme]), logit(max(p[k] for k in range(9) if k != theme))]
        if use_dist:
            x += [d['dist'][theme], d['dist'][theme] - max(d['dist'][k] for k in range(9) if k != theme)]
    else:
        x = [logit(p[OTHER]), logit(named[0]), logit(named[1]), 1.0 if d['ment'] else 0.0, min(len(d['text']), 200) / 100]
        if use_dist:
            x += [max(d['dist'][:9]), sum(d['dist'][:9]) / 9]
    return x


def solve(A, b):
    n = len(b)
    M = [row[:] + [v] for row, v in zip(A, b)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[piv] = M[piv], M[c]
        for r in range(n):
            if r != c and M[c][c]:
                f = M[r][c] / M[c][c]
                M[r] = [x - f * y for x, y in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] if M[i][i] else 0.0 for i in range(n)]


def fit_logreg(X, y, l2=1e-2, iters=12):
    """Logistic regression, L2 l2 on the mean loss (intercept not penalised), by Newton steps on standardised features."""
    n, m = len(X), len(X[0])
    mu = [sum(r[j] for r in X) / n for j in range(m)]
    sd = [math.sqrt(sum((r[j] - mu[j]) ** 2 for r in X) / n) or 1.0 for j in range(m)]
    Z = [[1.0] + [(r[j] - mu[j]) / sd[j] for j in range(m)] for r in X]
    w = [0.0] * (m + 1)
    for _ in range(iters):
        g = [0.0] * (m + 1)
        H = [[0.0] * (m + 1) for _ in range(m + 1)]
        for z, t in zip(Z, y):
            p = 1 / (1 + math.exp(-max(-30, min(30, sum(a * c for a, c in zip(w, z))))))
            e, v = p - t, p * (1 - p)
            for a in range(m + 1):
                g[a] += e * z[a]
                za = v * z[a]
                for c in range(a, m + 1):
                    H[a][c] += za * z[c]
        for a in range(m + 1):
            for c in range(a):
                H[a][c] = H[c][a]
            if a:
                g[a] += l2 * n * w[a]
                H[a][a] += l2 * n
        step = solve(H, g)
        w = [a - b for a, b in zip(w, step)]

    def predict(x):
        z = [1.0] + [(x[j] - mu[j]) / sd[j] for j in range(m)]
        return 1 / (1 + math.exp(-max(-30, min(30, sum(a * c for a, c in zip(w, z))))))
    return predict, w[1:]


def best_tau(probs, gold):
    best = (-1, 0.5)
    for tau in [0.05 * i for i in range(1, 20)]:
        tp = sum(1 for p, g in zip(probs, gold) if p >= tau and g)
        fp = sum(1 for p, g in zip(probs, gold) if p >= tau and not g)
        fn = sum(1 for p, g in zip(probs, gold) if p < tau and g)
        f = P.f1(tp, fp, fn)
        if f > best[0] + 1e-9:
            best = (f, tau)
    return best[1]


def per_theme_choose(items):
    thr = []
    for i, t in enumerate(T):
        best = (-1, 0.5)
        for tau in P.GRID:
            tp = sum(1 for d in items if d['p'][i] >= tau and t in d['gold'])
            fp = sum(1 for d in items if d['p'][i] >= tau and t not in d['gold'])
            fn = sum(1 for d in items if d['p'][i] < tau and t in d['gold'])
            f = P.f1(tp, fp, fn)
            if f > best[0] + 1e-9 or (abs(f - best[0]) <= 1e-9 and abs(tau - 0.5) < abs(best[1] - 0.5)):
                best = (f, tau)
        thr.append(best[1])
    return thr


def decide_thr(p, thr):
    chosen = {T[i] for i in range(10) if p[i] >= thr[i]}
    return chosen or {T[max(range(10), key=lambda i: p[i] / max(thr[i], 1e-6))]}


def nested_rule(items, rule):
    preds = [None] * len(items)
    info = []
    for k in sorted({d['fold'] for d in items}):
        train = [d for d in items if d['fold'] != k]
        held = [(i, d) for i, d in enumerate(items) if d['fold'] == k]
        par = P.choose(train, [('t', P.GRID)])
        if PER_FOLD and rule.endswith('-d'):
            held_agencies = {d['agency'] for _, d in held}
            sents = [t for a, t in PER_FOLD['sents'] if a not in held_agencies]
            sims, seed_bg, _ = ppmi_sims(sents, PER_FOLD['seeds'], PER_FOLD['window'])
            PER_FOLD.setdefault('sizes', []).append(len(sents))
            for d in items:
                d['dist'] = dist_features(d['text'], sims, seed_bg, PER_FOLD['top'])
        if rule == 'ref':
            for i, d in held:
                preds[i] = P.decide_d(d, par)
            continue
        if rule == 'pt':
            thr = per_theme_choose(train)
            info.append(tuple(thr))
            for i, d in held:
                preds[i] = decide_thr(d['p'], thr)
            continue
        which = rule.split('-')[1]
        use_dist = rule.endswith('-d')
        models = {}
        for th in range(10):
            if not (which == 'n' and th < 9 or th == SUP and 's' in which or th == OTHER and 'o' in which):
                continue
            X = [feats(d, th, use_dist) for d in train]
            y = [1 if T[th] in d['gold'] else 0 for d in train]
            pred, w = fit_logreg(X, y)
            tau = best_tau([pred(x) for x in X], y)
            models[th] = (pred, tau)
            info.append((T[th], round(tau, 2), tuple(round(v, 2) for v in w)))
        for i, d in held:
            base = P.decide_d(d, par)
            out = set(base)
            for th, (pred, tau) in models.items():
                if pred(feats(d, th, use_dist)) >= tau:
                    out.add(T[th])
                else:
                    out.discard(T[th])
            if not out:
                out = {max(T[:9], key=lambda t: d['p'][T.index(t)])}
            preds[i] = out
    return preds, info


VIEW = ['fresh']


def run(groups, rule):
    res = {}
    infos = []
    for (c, seed), items in sorted(groups.items()):
        preds, info = nested_rule(items, rule)
        infos += info
        res[seed] = [(d, p) for d, p in zip(items, preds) if P.VIEWS[VIEW[0]](d)]
    return res, infos


def main(argv):
    opts = {'--window': 4, '--top': 2, '--shuffle': 0, '--per-fold': 0}
    args = []
    it = iter(argv)
    for a in it:
        if a == '--view':
            VIEW[0] = next(it)
        elif a in opts:
            opts[a] = int(next(it))
        else:
            args.append(a)
    path, sub, parse_json, rules = args[0], args[1], args[2], args[3:]
    groups = P.load(path, sub, 'pooled')
    labelled = {d['agency'] for items in groups.values() for d in items}
    if any(r.endswith('-d') for r in rules):
        sents, reports, kept = unlabelled_sentences(parse_json, labelled)
        sims, seed_bg, nv = ppmi_sims(sents, seeds(), opts['--window'])
        if opts['--shuffle']:   # control: the same similarity values given to random bigrams (seeds keep theirs)
            import random
            keys = [b for b in sims if not any(b in s for s in seed_bg.values())]
            vals = [sims[b] for b in keys]
            random.Random(opts['--shuffle']).shuffle(vals)
            sims.update(zip(keys, vals))
        print(f"unlabelled text: {len(sents)} sentences of {kept} of {reports} dev reports (agencies without a labelled statement), "
              f"{sum(map(len, sents))} characters; {nv} bigrams (count >= 3); window {opts['--window']}, top {opts['--top']}")
        for t in ('supervision', 'other', 'timeliness'):
            print(f"   {t} nearest non-seed bigrams:", ' '.join(f"{b}{s:.2f}" for s, b in neighbours(sims, seed_bg, t, 20)))
        cache = {}
        for items in groups.values():
            for d in items:
                if d['text'] not in cache:
                    cache[d['text']] = dist_features(d['text'], sims, seed_bg, opts['--top'])
                d['dist'] = cache[d['text']]
    if opts['--per-fold']:
        PER_FOLD.update(sents=report_sentences(parse_json), seeds=seeds(), window=opts['--window'], top=opts['--top'])
        print(f"--per-fold: each fold learns from every dev report but its held-out agencies' ({len(PER_FOLD['sents'])} sentences in all)")
    ref, _ = run(groups, 'ref')
    P.print_summary('ref', [ref[s] for s in sorted(ref)], VIEW[0])
    for rule in rules:
        if rule == 'ref':
            continue
        A, info = run(groups, rule)
        P.print_summary(rule, [A[s] for s in sorted(A)], VIEW[0])
        if PER_FOLD.get('sizes'):
            print(f"   sentences per fold: {min(PER_FOLD['sizes'])} … {max(PER_FOLD['sizes'])}")
        print('   fitted in the folds:', collections.Counter(info).most_common(3) if rule == 'pt' else info[:4])
        P.compare(ref, A, f'   {rule} vs ref')


if __name__ == '__main__':
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(sys.argv[1:])
