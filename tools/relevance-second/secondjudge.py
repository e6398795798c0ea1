"""Shared by the second-judge scripts: the set folder from the command line (e.g. data/relevance/v5) and its
second-judge.json (everything set-specific: sample rule, the commit before settling, late pairs, corrections, the
listing's key words)."""
import json, os, sys

def load(argv=None):
    """Returns (set folder, settings, remaining arguments); the first argument that is not an option is the set folder."""
    argv = sys.argv[1:] if argv is None else argv
    folders = [a for a in argv if not a.startswith('-')]
    if not folders or not os.path.isfile(os.path.join(folders[0], 'second-judge.json')):
        sys.exit('usage: %s SET_FOLDER [args] (a folder holding second-judge.json, e.g. data/relevance/v5)'
                 % os.path.basename(sys.argv[0]))
    here = folders[0]
    with open(os.path.join(here, 'second-judge.json'), encoding='utf-8') as f:
        cfg = json.load(f)
    rest = list(argv)
    rest.remove(here)
    return here, cfg, rest

def parse(lines):
    for l in lines:
        if l.strip() and not l.startswith('#'):
            yield l.rstrip('\n').split('\t')

def rows(here, name):
    return parse(open(os.path.join(here, name), encoding='utf-8'))
