#!/usr/bin/env python3
"""Where the time goes, from a dotnet-trace sampled-thread-time trace converted to Speedscope
(`dotnet-trace convert X.nettrace --format Speedscope`). Replays every thread's open/close events and charges each interval
to the stack it was on. Of the thread time spent under the mode's root frames, prints the share of each part: the first
rule that matches the stack below the root (outermost frame first) names the part, and a second rule list says what the
part spends its time on. Thread time not under the root is summed by the thread's outermost interesting frame.
Usage: trace-breakdown.py FILE.speedscope.json [search|ingest]"""
import json
import sys
from collections import defaultdict

MODES = {
    # The service: one search request.
    "search": (["SectionSearchEngine.Search("], [
        ("facet + distinct-report pass over every hit", "FacetCounter.Count"),
        ("report grouping (1000 hits)", "SectionSearchEngine.Grouped"),
        ("top hits (sorted collector)", "IndexSearcher.Search(class Lucene.Net.Search.Query,class Lucene.Net.Search.Filter"),
        ("top hits (sorted collector)", "IndexSearcher.Search(class Lucene.Net.Search.Weight,class Lucene.Net.Search.FieldDoc"),
        ("reading the page's hits", "<Flat>"),
        ("reading the page's hits", "HitReader.Read"),
        ("top hits (sorted collector)", "IndexSearcher.CreateNormalizedWeight"),
        ("top hits (sorted collector)", "SectionSearchEngine.Flat"),
        ("more-like-this", "SectionSearchEngine.Similar"),
        ("query parse + expansion", "UserQueryParser"),
        ("query parse + expansion", "LuceneQueryBuilder"),
        ("filters", "SearchFilterBuilder"),
        ("cursor", "SearchCursor"),
        ("top hits (sorted collector)", "CreateWeight"),
    ]),
    # The CLI `index` command. Work after an asynchronous file read continues on a pool thread under the read's
    # continuation, so several roots; the parts are leaf-level work frames that do not nest into one another.
    "ingest": (["ReportIngestor+<IngestAsync>", "ReportIngestor+<ReadAsync>", "ReportIngestor+<>c__DisplayClass",
                "ReportFileReader+<ReadAsync>", "ReportIndex.CommitCore", "ReportIndex.WritePending", "MergeThread.Run",
                "CorpusYears", "YearsCorpus"], [
        ("parse", "ReportParser.Parse"),
        ("read + decode file", "TextDecoder"),
        ("classify statements (ML.NET)", "ReportThemeTagger"),
        ("checks computed before writing", "DerivedViews.Precompute"),
        ("derived store rows after commit", "DerivedViews.AfterCommit"),
        ("originals store", "OriginalStore"),
        ("commit", "ReportIndex.CommitCore"),
        ("commit", "IndexWriter.Commit"),
        ("background merges", "MergeThread.Run"),
        ("earlier-version lookup", "ReportIndex.PreviousVersions"),
        ("earlier-version lookup", "ReportIndex.CurrentFingerprint"),
        ("report JSON + fingerprint", "StoredReportJson"),
        ("documents + analysis (Prepare)", "SectionDocumentBuilder"),
        ("invert + store (IndexWriter)", "IndexWriter.UpdateDocuments"),
        ("invert + store (IndexWriter)", "DocumentsWriter"),
        ("years view kept at the end", "CorpusYears"),
        ("years view kept at the end", "YearsCorpus"),
    ]),
}
DETAILS = [
    ("snippets (highlighting)", "SnippetHighlighter"),
    ("stored fields", "CompressingStoredFieldsReader"),
    ("stored fields", "IndexSearcher.Doc("),
    ("stored fields (write)", "CompressingStoredFieldsWriter"),
    ("lower-casing (CharacterUtils.ToLower)", "CharacterUtils.ToLower"),
    ("compound file", "CompoundFileWriter"),
    ("stored fields writer lock", "InitFieldsWriter"),
    ("segmenter (jieba)", "JiebaSegmenter"),
    ("segmenter (jieba)", "JiebaTokenizer"),
    ("bigram analysis", "CJKBigramFilter"),
    ("ML.NET prediction", "PredictionEngine"),
    ("weights, term lookups", "CreateWeight"),
    ("weights, term lookups", "CreateNormalizedWeight"),
    ("weights, term lookups", "TermContext.Build"),
    ("sorted-set doc values", "SortedSetDocValues"),
    ("sorted-set doc values", "SegmentFacetCounts"),
    ("scoring, matching", "Scorer"),
    ("flush segment", "DocumentsWriterPerThread.Flush"),
    ("fsync", "FSync"),
    ("fsync", "Fsync"),
    ("JSON", "System.Text.Json"),
    ("regex", "RegularExpressions"),
    ("lock wait", "Monitor.Enter"),
    ("GC / allocation", "GC"),
]
THREADS = [("GC", "GC"), ("thread pool idle", "LowLevelLifoSemaphore"),
           ("waiting", "WaitHandle"), ("waiting", "Monitor.Wait")]


def main(path, mode):
    roots, parts_rules = MODES[mode]
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    parts, details, others = defaultdict(float), defaultdict(float), defaultdict(float)
    for profile in data["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack:
                charge([frames[i] for i in stack], roots, parts_rules, at - last, parts, details, others)
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    under = sum(parts.values())
    if under == 0:
        print(f"no samples under {' | '.join(roots)}")
        return
    print(f"thread time under {' | '.join(roots)}: {under / 1000:.1f} s")
    for label, ms in sorted(parts.items(), key=lambda kv: -kv[1]):
        print(f"  {100 * ms / under:5.1f}%  {label}")
        for (part, detail), dms in sorted(details.items(), key=lambda kv: -kv[1]):
            if part == label and dms / under >= 0.005:
                print(f"           {100 * dms / under:5.1f}%  {detail}")
    print("thread time elsewhere (s): " + ", ".join(f"{k} {v / 1000:.1f}" for k, v in sorted(others.items(), key=lambda kv: -kv[1])))


def charge(names, roots, parts_rules, ms, parts, details, others):
    start = next((i for i, n in enumerate(names) if any(root in n for root in roots)), None)
    if start is None:
        others[next((label for n in names for label, key in THREADS if key in n), "other")] += ms
        return
    below = names[start:]  # the root itself may name the part (a merge thread)
    label = next((label for n in below for label, key in parts_rules if key in n), "other")
    detail = next((d for d, key in DETAILS for n in below if key in n), "other")
    parts[label] += ms
    details[(label, detail)] += ms


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "search")
