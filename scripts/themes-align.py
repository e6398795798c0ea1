#!/usr/bin/env python3
"""themes-align.py PARSE_JSON... [--labels FILE] [--list]

Checks that hand-labelled section-五 statements still line up with what the parser emits, and lists statements with
the ids the labels use.  PARSE_JSON is the output of `searchmining parse <file-or-folder> --json` (one outcome or a
list of them).  A statement id is `<file prefix>@<SourceStart>-<SourceEnd>` (offsets of Statement in the report text),
e.g. g004@5557-5626.

  --labels FILE   (default data/themes/real-a.jsonl) report per labelled line: `same` (id and text unchanged),
                  `moved` (same text, other offsets), `gone` (no parser statement has its text), and the parser
                  statements of the labelled reports that no line covers (`new`).  Exit code 1 if anything is off.
  --list          print `id<TAB>source<TAB>text` for every statement instead (no kinds, no themes: nothing that
                  would steer an annotator).
"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))


def statements(paths):
    for path in paths:
        data = json.load(open(path, encoding='utf-8'))
        for outcome in data if isinstance(data, list) else [data]:
            report = outcome.get('report')
            if not report:
                continue
            prefix = report['sourceFile'].split('_')[0]
            for s in report['statements']:
                yield report['sourceFile'], f"{prefix}@{s['sourceStart']}-{s['sourceEnd']}", s['text']


def main(argv):
    labels = os.path.join(here, '..', 'data', 'themes', 'real-a.jsonl')
    if '--labels' in argv:
        i = argv.index('--labels'); labels = argv[i + 1]; del argv[i:i + 2]
    listing = '--list' in argv
    paths = [a for a in argv if a != '--list']
    if not paths:
        print(__doc__, file=sys.stderr); return 2
    found = list(statements(paths))
    if listing:
        for source, sid, text in found:
            print(f"{sid}\t{source}\t{text}")
        return 0
    lines = [json.loads(l) for l in open(labels, encoding='utf-8') if l.strip()]
    by_id = {sid: (source, text) for source, sid, text in found}
    by_text = {(source, text): sid for source, sid, text in found}
    parsed = {source for source, _, _ in found}
    counts = {'same': 0, 'moved': 0, 'gone': 0, 'new': 0, 'not parsed': 0}
    covered = set()
    for line in lines:
        if line['source'] not in parsed:
            counts['not parsed'] += 1; continue
        if by_id.get(line['id']) == (line['source'], line['text']):
            counts['same'] += 1; covered.add(line['id']); continue
        sid = by_text.get((line['source'], line['text']))
        if sid:
            counts['moved'] += 1; covered.add(sid); print(f"moved\t{line['id']} -> {sid}")
        else:
            counts['gone'] += 1; print(f"gone\t{line['id']}\t{line['text'][:60]}")
    labelled_reports = {line['source'] for line in lines}
    for source, sid, text in found:
        if source in labelled_reports and sid not in covered:
            counts['new'] += 1; print(f"new\t{sid}\t{text[:60]}")
    print(' '.join(f"{k}: {v}" for k, v in counts.items()), file=sys.stderr)
    return 1 if counts['gone'] or counts['new'] or counts['moved'] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
