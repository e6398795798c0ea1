#!/usr/bin/env python3
"""Where the service's search time goes, from a dotnet-trace sampled-thread-time trace converted to Speedscope
(`dotnet-trace convert service.nettrace --format Speedscope`). Replays every thread's open/close events and charges each
interval to the stack it was on. Of the time spent under a root frame (default SectionSearchEngine.Search), prints the
share of each part: the first rule (outermost frame first) that matches the stack below the root names the part, and an
optional second rule list splits it further. Usage: trace-breakdown.py FILE.speedscope.json [ROOT]"""
import json
import sys
from collections import defaultdict

# (label, frame substring): parts of a search, matched from the root frame inwards; the outermost match wins.
PARTS = [
    ("facet + distinct-report pass over every hit", "FacetCounter.Count"),
    ("report grouping (1000 hits)", "SectionSearchEngine.Grouped"),
    ("flat page: top hits (sorted collector)", "IndexSearcher.Search(class Lucene.Net.Search.Query,class Lucene.Net.Search.Filter"),
    ("flat page: top hits (sorted collector)", "IndexSearcher.Search(class Lucene.Net.Search.Weight,class Lucene.Net.Search.FieldDoc"),
    ("flat page: reading its hits", "<Flat>"),
    ("flat page: reading its hits", "HitReader.Read"),
    ("flat page: top hits (sorted collector)", "IndexSearcher.CreateNormalizedWeight"),
    ("flat page: top hits (sorted collector)", "SectionSearchEngine.Flat"),
    ("more-like-this", "SectionSearchEngine.Similar"),
    ("query parse + expansion", "UserQueryParser"),
    ("query parse + expansion", "LuceneQueryBuilder"),
    ("filters", "SearchFilterBuilder"),
    ("cursor", "SearchCursor"),
    ("flat page: top hits (sorted collector)", "CreateWeight"),
]
# Within a part: what the time is spent on (innermost-first is not needed: these do not nest into each other).
DETAILS = [
    ("snippets (highlighting)", "SnippetHighlighter"),
    ("stored fields", "CompressingStoredFieldsReader"),
    ("stored fields", "IndexSearcher.Doc("),
    ("weights, term lookups", "CreateWeight"),
    ("weights, term lookups", "CreateNormalizedWeight"),
    ("weights, term lookups", "TermContext.Build"),
    ("sorted-set doc values", "SortedSetDocValues"),
    ("sorted-set doc values", "SegmentFacetCounts"),
    ("scoring, matching", "Scorer"),
    ("scoring, matching", "BulkScorer"),
    ("lock wait", "Monitor.Enter"),
    ("GC / allocation", "GC"),
]


def main(path, root):
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    parts = defaultdict(float)
    details = defaultdict(float)
    for profile in data["profiles"]:
        stack = []
        last = None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack:
                charge(stack, frames, root, at - last, parts, details)
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    under = sum(parts.values())
    if under == 0:
        print(f"no samples under {root}")
        return
    print(f"time under {root}: {under / 1000:.1f} s of thread time")
    for label, ms in sorted(parts.items(), key=lambda kv: -kv[1]):
        print(f"  {100 * ms / under:5.1f}%  {label}")
        for (part, detail), dms in sorted(details.items(), key=lambda kv: -kv[1]):
            if part == label and dms / under >= 0.005:
                print(f"           {100 * dms / under:5.1f}%  {detail}")


def charge(stack, frames, root, ms, parts, details):
    names = [frames[i] for i in stack]
    start = next((i for i, n in enumerate(names) if root in n), None)
    if start is None:
        return
    below = names[start + 1:]
    label = next((label for n in below for label, key in PARTS if key in n), "other")
    detail = next((d for d, key in DETAILS for n in below if key in n), "other")
    parts[label] += ms
    details[(label, detail)] += ms


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "SectionSearchEngine.Search(")
