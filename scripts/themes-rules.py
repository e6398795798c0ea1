#!/usr/bin/env python3
"""Round 6 (docs/CLASSIFIER.md): decision rules and score averages over the out-of-fold theme probabilities that
`searchmining tune --outside --scores FILE` writes. Every parameter is chosen on the other folds (as OutOfFoldScores.Evaluate)
and read on the held-out statements outside Pingtan without close text (`novel`), per fold partition.

usage: themes-rules.py rules FILE                      decision rules per configuration
       themes-rules.py prf FILE SUB MODE [OLDFILE]      per-theme P/R/F1 (whole|pooled scores); with OLDFILE also old/new statements
       themes-rules.py average FILE1 SUB1 MODE1 FILE2 SUB2 MODE2 [W...]   average of two configurations' probabilities
       themes-rules.py paired FILE1 SUB1 MODE1 FILE2 SUB2 MODE2     agency bootstrap of the macro-F1 difference (2 minus 1)
       themes-rules.py thresholds FILE [SUB [MODE]]     round 7: per-theme thresholds chosen on the other folds (plain, shrunk
                                                        to the shared one, agency-bagged), read on `novel`
       themes-rules.py longpool FILE                    round 7: clause-pooled scores for statements of >= L characters only
"""
import random, sys, struct, json, math, itertools, collections
T = ["training","channels","coverage","interpretation","timeliness","standardization","awareness","interaction","supervision","other"]
OTHER = 9
GRID = [round(0.05*i,2) for i in range(1,20)]

def matches(c, sub):
    # a configuration name: SUB as a substring, or exactly the text after a leading '='
    return c == sub[1:] if sub.startswith('=') else sub in c

def load(path):
    groups = collections.defaultdict(list)
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        if d['pingtan']: continue
        d['whole'] = [struct.unpack('f', struct.pack('f', x))[0] for x in d['whole']]
        d['pooled'] = [struct.unpack('f', struct.pack('f', x))[0] for x in d['pooled']]
        d['gold'] = set(d['goldThemes']); d['ment'] = set(d['mentioned'])
        groups[(d['configuration'], d['foldSeed'])].append(d)
    return groups

def f1(tp, fp, fn):
    p = tp/(tp+fp) if tp+fp else 0; r = tp/(tp+fn) if tp+fn else 0
    return 2*p*r/(p+r) if p+r else 0

def per_theme(items, preds):
    out = {}
    for ti, t in enumerate(T):
        tp=fp=fn=0
        for d, pr in zip(items, preds):
            g = t in d['gold']; p = t in pr
            if g and p: tp+=1
            elif p: fp+=1
            elif g: fn+=1
        if tp+fn: out[t] = (f1(tp,fp,fn), tp, fp, fn)
    return out

def macro(items, preds):
    pt = per_theme(items, preds)
    return sum(v[0] for v in pt.values())/len(pt) if pt else 0

def decide_base(d, thr, src='whole'):
    p = d[src]
    chosen = [T[i] for i in range(10) if p[i] >= thr[i]]
    if chosen: return set(chosen)
    best = max(range(10), key=lambda i: p[i]/max(thr[i],1e-6))
    return {T[best]}

# Rule factories: each takes params dict and returns decide(d)
def rule_base(par):
    thr=[par['t']]*10
    if par.get('raw'):
        return lambda d: {T[i] for i in range(10) if d['whole'][i] >= thr[i]}
    return lambda d: decide_base(d, thr)

def rule_csharp(par):
    # selection as ThresholdSelector (no at-least-one fallback), decision with it
    return rule_base(par)

def rule_kw(par):
    # keyword where unsure: a theme the THEMES.md keywords name is added when its score >= L (L <= t); 'other' drops then
    thr=[par['t']]*10; L=par['L']; voting=par.get('voting', set(T[:9]))
    def f(d):
        s = decide_base(d, thr)
        add = {T[i] for i in range(9) if T[i] in voting and T[i] in d['ment'] and d['whole'][i] >= L}
        if add - s:
            s = (s | add) - {'other'}
        return s
    return f

def rule_other(par):
    # other as the residual: when no concrete theme reaches t and THEMES.md names no concrete theme -> other
    thr=[par['t']]*10; R=par['R']
    def f(d):
        p = d['whole']
        conc = [T[i] for i in range(9) if p[i] >= thr[i]]
        if not conc and not d['ment'] and max(p[:9]) < R: return {'other'}
        return decide_base(d, thr)
    return f

def rule_lower(par):
    thr=[par['t']]*10
    for t, delta in par['delta'].items(): thr[T.index(t)] = max(0.05, round(par['t']-delta, 2))
    return lambda d: decide_base(d, thr)

def rule_combo(par):
    kw = rule_kw(par); thr=[par['t']]*10; R=par['R']
    def f(d):
        p = d['whole']
        conc = [T[i] for i in range(9) if p[i] >= thr[i]]
        if not conc and not d['ment'] and max(p[:9]) < R: return {'other'}
        return kw(d)
    return f

def choose(items, factory, grids):
    if factory is rule_base and 'raw' not in dict(grids):
        grids = grids + [('raw', [True])]
        p = choose(items, factory, grids); p.pop('raw'); return p
    best=None
    for combo in itertools.product(*[g for _,g in grids]):
        par = dict(zip([k for k,_ in grids], combo))
        if 'L' in par and par['L'] > par['t']: continue
        dec = factory(par)
        m = macro(items, [dec(d) for d in items])
        if best is None or m > best[0] + 1e-9 or (abs(m-best[0])<=1e-9 and 't' in par and abs(par['t']-0.5) < abs(best[1]['t']-0.5)): best = (m, par)
    return best[1]

def nested(items, factory, grids, novel_only=True):
    folds = sorted({d['fold'] for d in items})
    preds = [None]*len(items); chosen=[]
    for k in folds:
        others = [d for d in items if d['fold'] != k]
        par = choose(others, factory, grids); chosen.append(par)
        dec = factory(par)
        for i, d in enumerate(items):
            if d['fold']==k: preds[i] = dec(d)
    sel = [i for i,d in enumerate(items) if d['novel'] or not novel_only]
    return [items[i] for i in sel], [preds[i] for i in sel], chosen

def cmd_rules(args):
    path = args[0]
    groups = load(path)
    configs = sorted({c for c,_ in groups})
    Tg = [('t', GRID)]
    rules = [
     ('base', rule_base, Tg),
     ('kw-unsure L', rule_kw, Tg+[('L', [0.05,0.1,0.15,0.2,0.25,0.3,0.35,0.4,0.45])]),
     ('kw-any (L=0)', rule_kw, Tg+[('L', [0.0])]),
     ('other residual R', rule_other, Tg+[('R', [0.2,0.3,0.4,0.5,0.6,0.7,1.01])]),
     ('lower sup/other', rule_lower, Tg+[('delta', [{'supervision':a,'other':b} for a in (0,0.1,0.2,0.3) for b in (0,0.1,0.2,0.3)])]),
     ('combo kw+other', rule_combo, Tg+[('L',[0.1,0.2,0.3,0.4]),('R',[0.3,0.5,0.7,1.01])]),
    ]
    for c in configs:
        print('##', c)
        for name, fac, grids in rules:
            ms=[]; pts=collections.defaultdict(list)
            for seed in (1,2,3):
                items = groups[(c,seed)]
                it, pr, ch = nested(items, fac, grids)
                ms.append(macro(it, pr))
                for t,v in per_theme(it,pr).items(): pts[t].append(v[0])
            mean=sum(ms)/3; sd=math.sqrt(sum((m-mean)**2 for m in ms)/3)
            print(f"{name:20s} novel {mean:.3f} sd {sd:.3f} parts {' '.join(f'{m:.3f}' for m in ms)} | " + ' '.join(f"{t[:5]} {sum(v)/len(v):.2f}" for t,v in pts.items()), flush=True)

def cmd_average(args):
    # usage: combine.py file1 substr1 file2 substr2 [weight of first ...]
    f1, s1, f2, s2, m1, m2 = args[0:6]
    weights = [float(w) for w in args[6:]] or [0.5]
    g1 = load(f1); g2 = load(f2)
    def pick(g, sub):
        keys = [k for k in g if sub in k[0]]
        return {k[1]: g[k] for k in keys}
    A = pick(g1, s1); B = pick(g2, s2)
    print('A', sorted({k[0] for k in g1 if s1 in k[0]}), 'B', sorted({k[0] for k in g2 if s2 in k[0]}))
    for w in [1.0, 0.0] + weights:
        ms=[]; pts=collections.defaultdict(list)
        for seed in sorted(set(A) & set(B)):
            a, b = A[seed], B[seed]
            assert len(a)==len(b) and all(x['text']==y['text'] for x,y in zip(a,b))
            items=[]
            for x,y in zip(a,b):
                d=dict(x); d['whole']=[w*p+(1-w)*q for p,q in zip(x[m1],y[m2])]; items.append(d)
            it,pr,ch=nested(items,rule_base,[('t',GRID)])
            ms.append(macro(it,pr))
            for t,v in per_theme(it,pr).items(): pts[t].append(v[0])
        mean=sum(ms)/len(ms); sd=math.sqrt(sum((m-mean)**2 for m in ms)/len(ms))
        print(f"w(A)={w:.2f} novel {mean:.3f} sd {sd:.3f} parts {' '.join(f'{m:.3f}' for m in ms)} | " + ' '.join(f"{t[:5]} {sum(v)/len(v):.2f}" for t,v in pts.items()), flush=True)

def cmd_prf(args):
    # pr.py file sub mode [oldfile] : per-theme P/R/F1 (summed over partitions) on novel; with oldfile also on the statements present in it
    f, sub, mode = args[0:3]
    old = None
    if len(args) > 3:
        old = {d['text'] for items in load(args[3]).values() for d in items}
    g = load(f)
    for label, keep in [('all novel', lambda d: True)] + ([('old statements', lambda d: d['text'] in old), ('new (labels6) statements', lambda d: d['text'] not in old)] if old else []):
        tot = collections.defaultdict(lambda: [0,0,0]); ms=[]
        for (c, seed), items in sorted(g.items()):
            if not matches(c, sub): continue
            its=[]
            for x in items:
                d=dict(x); d['whole']=x[mode]; its.append(d)
            it, pr, ch = nested(its, rule_base, [('t', GRID)])
            sel=[(d,p) for d,p in zip(it,pr) if keep(d)]
            ms.append(macro([s[0] for s in sel],[s[1] for s in sel]))
            for t,v in per_theme([s[0] for s in sel],[s[1] for s in sel]).items():
                for j in range(3): tot[t][j]+=v[1+j]
        n = len([1 for d in it if keep(d)])
        mean=sum(ms)/len(ms); sd=math.sqrt(sum((m-mean)**2 for m in ms)/len(ms))
        print(f'{label}: {n} statements; macro-F1 {mean:.3f} (sd {sd:.3f}; partitions {" ".join(f"{m:.3f}" for m in ms)})')
        print('  ' + '; '.join(f"{t} {tp/(tp+fp) if tp+fp else 0:.2f}/{tp/(tp+fn):.2f}/{f1(tp,fp,fn):.2f} ({(tp+fn)//len(ms)})" for t,(tp,fp,fn) in tot.items()))

def cmd_paired(args):
    # paired.py fileA subA modeA fileB subB modeB : agency bootstrap of macro-F1(B) - macro-F1(A) on novel, mean over partitions
    fa, sa, ma, fb, sb, mb = args[0:6]
    def preds(f, sub, mode):
        g = load(f); out = {}
        for (c, seed), items in g.items():
            if not matches(c, sub): continue
            its = []
            for x in items:
                d = dict(x); d['whole'] = x[mode]; its.append(d)
            it, pr, ch = nested(its, rule_base, [('t', GRID)])
            out[seed] = list(zip(it, pr))
        return out
    A = preds(fa, sa, ma); B = preds(fb, sb, mb)
    seeds = sorted(set(A) & set(B))
    def m(pairs): return macro([p[0] for p in pairs], [p[1] for p in pairs])
    diffs = [m(B[s]) - m(A[s]) for s in seeds]
    print('per partition diff', ' '.join(f'{d:+.3f}' for d in diffs), 'mean', f'{sum(diffs)/len(diffs):+.3f}')
    agencies = sorted({d['agency'] for d, _ in A[seeds[0]]})
    rng = random.Random(7); boots = []
    idx = {s: (collections.defaultdict(list), collections.defaultdict(list)) for s in seeds}
    for s in seeds:
        for p in A[s]: idx[s][0][p[0]['agency']].append(p)
        for p in B[s]: idx[s][1][p[0]['agency']].append(p)
    for r in range(1000):
        sample = [rng.choice(agencies) for _ in agencies]
        ds = []
        for s in seeds:
            a = [p for ag in sample for p in idx[s][0][ag]]; b = [p for ag in sample for p in idx[s][1][ag]]
            ds.append(m(b) - m(a))
        boots.append(sum(ds)/len(ds))
    boots.sort(); print(f'95% agency bootstrap of the mean difference: {boots[25]:+.3f} … {boots[974]:+.3f}; P(diff<=0) = {sum(b<=0 for b in boots)/len(boots):.2f}')

# Round 7: per-theme thresholds, every one chosen on the other folds' held-out statements outside Pingtan only.
def theme_f1(items, ti, t):
    tp=fp=fn=0
    for d in items:
        g = T[ti] in d['gold']; p = d['whole'][ti] >= t
        if g and p: tp+=1
        elif p: fp+=1
        elif g: fn+=1
    return f1(tp,fp,fn)

def best_t(items, ti, grid):
    best=None
    for t in grid:
        m = theme_f1(items, ti, t)
        if best is None or m > best[0]+1e-9 or (abs(m-best[0])<=1e-9 and abs(t-0.5) < abs(best[1]-0.5)): best=(m,t)
    return best

def rule_pt_plain(others):
    return [best_t(others, ti, GRID)[1] for ti in range(10)]

def rule_pt_shrunk(others, margin=0.02, span=(-0.15,-0.1,-0.05,0.0,0.05,0.1,0.15)):
    # the shared threshold, then a theme moves off it only when that raises the theme's F1 on the other folds by >= margin
    shared = choose(others, rule_base, [('t', GRID)])['t']
    thr=[]
    for ti in range(10):
        base = theme_f1(others, ti, shared)
        cands = [round(shared+d,2) for d in span if 0.05 <= shared+d <= 0.95]
        m, t = best_t(others, ti, cands)
        thr.append(t if m >= base + margin else shared)
    return thr

def rule_pt_bagged(others, B=50, seed=11):
    # per theme the median over agency bootstrap resamples of the other folds of the best threshold
    rng = random.Random(seed)
    by = collections.defaultdict(list)
    for d in others: by[d['agency']].append(d)
    ags = sorted(by)
    picks = [[] for _ in range(10)]
    for b in range(B):
        sample = [d for a in (rng.choice(ags) for _ in ags) for d in by[a]]
        for ti in range(10): picks[ti].append(best_t(sample, ti, GRID)[1])
    return [sorted(p)[len(p)//2] for p in picks]

def rule_pt_bagged_shrunk(others):
    shared = choose(others, rule_base, [('t', GRID)])['t']
    bag = rule_pt_bagged(others)
    return [round((shared + b)/2, 3) for b in bag]

def cmd_thresholds(args):
    groups = load(args[0])
    sub = args[1] if len(args) > 1 else ''
    mode = args[2] if len(args) > 2 else 'whole'
    if mode != 'whole':
        for items in groups.values():
            for d in items: d['whole'] = d[mode]
    configs = sorted({c for c,_ in groups if matches(c, sub)})
    rules = [('shared (reference)', lambda o: [choose(o, rule_base, [('t', GRID)])['t']]*10),
             ('per theme, plain', rule_pt_plain),
             ('per theme, shrunk (margin 0.02)', rule_pt_shrunk),
             ('per theme, shrunk (margin 0.05)', lambda o: rule_pt_shrunk(o, 0.05)),
             ('per theme, agency-bagged', rule_pt_bagged),
             ('per theme, bagged, halfway to shared', rule_pt_bagged_shrunk)]
    for c in configs:
        print('##', c)
        for name, fac in rules:
            ms=[]; pts=collections.defaultdict(list); chosen=[]
            for seed in (1,2,3):
                items = groups[(c,seed)]
                preds=[None]*len(items)
                for k in sorted({d['fold'] for d in items}):
                    others=[d for d in items if d['fold']!=k]
                    thr = fac(others); chosen.append(thr)
                    for i,d in enumerate(items):
                        if d['fold']==k: preds[i]=decide_base(d, thr)
                sel=[i for i,d in enumerate(items) if d['novel']]
                it=[items[i] for i in sel]; pr=[preds[i] for i in sel]
                ms.append(macro(it,pr))
                for t,v in per_theme(it,pr).items(): pts[t].append(v[0])
            mean=sum(ms)/3; sd=math.sqrt(sum((m-mean)**2 for m in ms)/3)
            avg=[sum(x[ti] for x in chosen)/len(chosen) for ti in range(10)]
            print(f"{name:38s} novel {mean:.3f} sd {sd:.3f} parts {' '.join(f'{m:.3f}' for m in ms)} | " + ' '.join(f"{t[:5]} {sum(v)/len(v):.2f}" for t,v in pts.items()) + ' | mean thr ' + ' '.join(f'{a:.2f}' for a in avg), flush=True)

def cmd_longpool(args):
    # round 7: a clause-level pass for long statements only: the clause-pooled scores where the text has >= L characters,
    # the whole-statement scores below; L and the shared threshold chosen together on the other folds
    groups = load(args[0])
    sub = args[1] if len(args) > 1 else ''
    Ls = [40, 60, 80, 100, 150, 10**6]
    for c in sorted({c for c,_ in groups if matches(c, sub)}):
        print('##', c)
        for fixed in [None] + Ls:
            ms=[]; pts=collections.defaultdict(list); chosen=[]
            for seed in (1,2,3):
                items = groups[(c,seed)]
                def view(L):
                    out=[]
                    for x in items:
                        d=dict(x); d['whole'] = x['pooled'] if len(x['text']) >= L else x['whole']; out.append(d)
                    return out
                views={L: view(L) for L in Ls}
                preds=[None]*len(items)
                for k in sorted({d['fold'] for d in items}):
                    best=None
                    for L in ([fixed] if fixed else Ls):
                        others=[d for d in views[L] if d['fold']!=k]
                        t=choose(others, rule_base, [('t', GRID)])['t']
                        m=macro(others,[decide_base(d,[t]*10) for d in others])
                        if best is None or m>best[0]+1e-9: best=(m,L,t)
                    _,L,t=best; chosen.append(L)
                    for i,d in enumerate(views[L]):
                        if d['fold']==k: preds[i]=decide_base(d,[t]*10)
                sel=[i for i,d in enumerate(items) if d['novel']]
                it=[items[i] for i in sel]; pr=[preds[i] for i in sel]
                ms.append(macro(it,pr))
                for t_,v in per_theme(it,pr).items(): pts[t_].append(v[0])
            mean=sum(ms)/3; sd=math.sqrt(sum((m-mean)**2 for m in ms)/3)
            name = f'L chosen in folds ({collections.Counter(chosen).most_common(3)})' if fixed is None else f'L = {fixed}'
            print(f"{name:50s} novel {mean:.3f} sd {sd:.3f} parts {' '.join(f'{m:.3f}' for m in ms)} | " + ' '.join(f"{t[:5]} {sum(v)/len(v):.2f}" for t,v in pts.items()), flush=True)

if __name__ == '__main__':
    {'longpool': cmd_longpool, 'thresholds': cmd_thresholds, 'rules': cmd_rules, 'average': cmd_average, 'prf': cmd_prf, 'paired': cmd_paired}[sys.argv[1]](sys.argv[2:])
