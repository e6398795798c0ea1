using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SearchMining.Index.Analysis;
using SearchMining.Index.Evaluation;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;
using SearchMining.Index.Storage;

namespace SearchMining.Cli.Commands;

/// <summary>
/// Compares our snippet highlighter with Lucene.Net.Highlighter (QueryScorer + SimpleSpanFragmenter over the same word
/// tokens and the same query words) on the hits of the judged needs, and on the quoted needs as phrases. Reported in
/// docs/RELEVANCE.md; <c>eval-relevance --highlighters</c>.
/// </summary>
internal static class HighlighterComparison
{
    private const char Open = '\u0001';
    private const char Close = '\u0002';

    private sealed record Measure(string Name)
    {
        public int Hits;
        public int HitsWithMark;
        public int Marks;
        public int MarksOnQueryWords;
        public int Snippets;
        public int WholeSentences;
        public int OffsetsExact;
        public double TermsShown;
        public int PhraseChecks;
        public int PhrasesExact;
        public TimeSpan Time;
    }

    public static void Run(ReportIndex index, SectionSearchEngine engine, IReadOnlyList<InformationNeed> needs)
    {
        var ours = new Measure("ours (SnippetHighlighter)");
        var lucene = new Measure("Lucene.Net.Highlighter (QueryScorer, SimpleSpanFragmenter 160)");
        var words = index.Analyzers.Words;
        var reports = new Dictionary<string, Core.Domain.Report?>();
        foreach (var need in needs)
        {
            foreach (var (query, phrase) in new[] { (need.Query, false), ($"\"{need.Query}\"", true) })
            {
                var timer = Stopwatch.StartNew();
                var results = engine.Search(new SearchRequest(query) { Size = RelevanceEvaluator.K, IncludeFacets = false }).Results;
                ours.Time += timer.Elapsed;
                if (results is null) continue;
                foreach (var hit in results.Hits)
                {
                    if (!reports.TryGetValue(hit.ReportId, out var report)) reports[hit.ReportId] = report = index.GetReport(hit.ReportId);
                    var text = report?.SearchableSections().FirstOrDefault(s => hit.SectionId.EndsWith("#" + s.Ordinal.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))?.Text;
                    if (text is null) continue;
                    var relatedOnly = hit.Related.Select(r => r.Term).ToHashSet();
                    var literal = hit.MatchedTerms.Concat(hit.MissingTerms).Where(t => !relatedOnly.Contains(t)).ToList();
                    var marks = literal.Select(t => t.Trim('"')).Concat(hit.Related.SelectMany(r => r.Via)).ToList();
                    var tokens = literal.Where(t => !t.StartsWith('"')).SelectMany(t => TokenReader.Read(words, IndexFields.TextWords, t).Select(x => x.Term))
                        .Concat(hit.Related.SelectMany(r => r.Via)).Distinct().ToList();
                    Score(ours, text, hit.Snippets, marks.Concat(tokens).ToList(), literal.Concat(hit.Related.Select(r => r.Term)).ToList(), phrase ? need.Query : null);

                    timer.Restart();
                    var snippets = LuceneSnippets(index, text, tokens, phrase ? need.Query : null);
                    lucene.Time += timer.Elapsed;
                    Score(lucene, text, snippets, marks.Concat(tokens).ToList(), literal.Concat(hit.Related.Select(r => r.Term)).ToList(), phrase ? need.Query : null);
                }
            }
        }
        Console.WriteLine();
        Console.WriteLine("| highlighter | hits with a mark | marks on query words | whole sentences | offsets exact | query words shown per hit | phrases marked whole and only where they occur | ms per hit |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in new[] { ours, lucene })
            Console.WriteLine($"| {m.Name} | {Share(m.HitsWithMark, m.Hits)} | {Share(m.MarksOnQueryWords, m.Marks)} | {Share(m.WholeSentences, m.Snippets)} | "
                              + $"{Share(m.OffsetsExact, m.Snippets)} | {m.TermsShown / Math.Max(1, m.Hits):0.00} | {Share(m.PhrasesExact, m.PhraseChecks)} | "
                              + $"{m.Time.TotalMilliseconds / Math.Max(1, m.Hits):0.00} |");
        Console.WriteLine("(ours: ms per hit is the whole search with snippets, divided by its hits; Lucene: the highlighting alone)");
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : $"{(double)part / whole:0.000}";

    private static void Score(Measure m, string text, IReadOnlyList<Snippet> snippets, IReadOnlyList<string> queryWords, IReadOnlyList<string> terms, string? phrase)
    {
        m.Hits++;
        var marked = snippets.SelectMany(s => s.Highlights.Concat(s.RelatedHighlights).Select(h => s.Text[h[0]..h[1]])).ToList();
        if (marked.Count > 0) m.HitsWithMark++;
        m.Marks += marked.Count;
        m.MarksOnQueryWords += marked.Count(x => queryWords.Any(w => x.Contains(w, StringComparison.OrdinalIgnoreCase) || w.Contains(x, StringComparison.OrdinalIgnoreCase)));
        m.TermsShown += terms.Count(t => marked.Any(x => x.Contains(t.Trim('"'), StringComparison.OrdinalIgnoreCase) || t.Trim('"').Contains(x, StringComparison.OrdinalIgnoreCase)));
        var sentences = Highlighting.Sentences(text);
        foreach (var s in snippets)
        {
            m.Snippets++;
            if (s.SectionOffset >= 0 && s.SectionOffset + s.Text.Length <= text.Length && text.Substring(s.SectionOffset, s.Text.Length) == s.Text) m.OffsetsExact++;
            if (sentences.Contains((s.SectionOffset, s.SectionOffset + s.Text.Length))) m.WholeSentences++;
        }
        if (phrase is null) return;
        foreach (var s in snippets)
        {
            foreach (var h in s.Highlights)
            {
                m.PhraseChecks++;
                if (s.Text[h[0]..h[1]].Equals(phrase, StringComparison.OrdinalIgnoreCase)) m.PhrasesExact++;
            }
        }
    }

    /// <summary>Up to 3 fragments by Lucene.Net.Highlighter over the word analyzer's tokens, as our snippet shape.</summary>
    private static IReadOnlyList<Snippet> LuceneSnippets(ReportIndex index, string text, IReadOnlyList<string> tokens, string? phrase)
    {
        var query = new BooleanQuery();
        if (phrase is not null)
        {
            var parts = TokenReader.Read(index.Analyzers.Words, IndexFields.TextWords, phrase);
            var pq = new PhraseQuery();
            foreach (var t in parts.Where(t => parts.All(o => o.Position != t.Position || o.End - o.Start <= t.End - t.Start)))
                pq.Add(new Term(IndexFields.TextWords, t.Term), t.Position - parts[0].Position);
            if (pq.GetTerms().Length > 0) query.Add(pq, Occur.SHOULD);
        }
        else
        {
            foreach (var token in tokens) query.Add(new TermQuery(new Term(IndexFields.TextWords, token)), Occur.SHOULD);
        }
        if (query.Clauses.Count == 0) return [];
        var scorer = new QueryScorer(query, IndexFields.TextWords);
        var highlighter = new Highlighter(new MarkingFormatter(), scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, 160) };
        using var stream = index.Analyzers.Words.GetTokenStream(IndexFields.TextWords, text);
        var fragments = highlighter.GetBestTextFragments(stream, text, false, 3);
        var snippets = new List<Snippet>();
        foreach (var fragment in fragments.Where(f => f is { Score: > 0 }))
        {
            var marked = fragment.ToString();
            var plain = new StringBuilder();
            var spans = new List<int[]>();
            var start = -1;
            foreach (var c in marked)
            {
                if (c == Open) start = plain.Length;
                else if (c == Close) spans.Add([start, plain.Length]);
                else plain.Append(c);
            }
            var fragmentText = plain.ToString();
            snippets.Add(new Snippet(fragmentText, spans, text.IndexOf(fragmentText, StringComparison.Ordinal)));
        }
        return snippets;
    }

    private sealed class MarkingFormatter : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? Open + originalText + Close : originalText;
    }

    private static class Highlighting
    {
        /// <summary>[start, end) of each sentence (as our highlighter cuts them), and of each clause-trimmed tail.</summary>
        public static HashSet<(int, int)> Sentences(string text)
        {
            var set = new HashSet<(int, int)>();
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] is not ('。' or '！' or '？' or '；' or '!' or '?' or ';' or '\n')) continue;
                var end = Math.Min(text.Length, i + 1);
                while (end < text.Length && text[end] is '”' or '’' or '」' or '）' or ')') end++;
                var s = start;
                var e = i == text.Length ? text.Length : end;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                if (e > s) set.Add((s, e));
                if (i == text.Length) break;
                start = end;
                i = end - 1;
            }
            return set;
        }
    }
}
