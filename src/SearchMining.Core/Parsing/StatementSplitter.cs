using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing;

/// <summary>
/// Splits the clean text of a problems section (五) into statements — numbered items, 一是/二是 clauses, sentences —
/// each with its kind. Headings (（三）改进措施) and lead-ins (下一步，将从以下几个方面改进：) are not statements:
/// they set the kind of what follows. Offsets are into the section text.
/// </summary>
public static class StatementSplitter
{
    private const string SentenceEnds = "。！？!?";

    public static IReadOnlyList<Statement> Split(string text, string sectionTitle, int sectionOrdinal)
    {
        var state = new State(StatementKindRules.ContextOfHeading(sectionTitle));
        var units = Units(text).ToList();
        for (var i = 0; i < units.Count; i++)
        {
            // a unit followed by a numbered item ends in what may introduce the list
            var beforeItem = i + 1 < units.Count && TextPatterns.LineStartMarker().IsMatch(text[units[i + 1].Start..units[i + 1].End].TrimStart());
            ReadUnit(text, units[i].Start, units[i].End, state, beforeItem);
        }
        return state.Statements.Select(s => s with { SectionOrdinal = sectionOrdinal }).ToList();
    }

    /// <summary>Lines, further cut before （二） markers run into flowing text.</summary>
    private static IEnumerable<(int Start, int End)> Units(string text)
    {
        var blocks = ItemMarkers.Blocks(text);
        var cuts = blocks
            .Where(m => m.Kind is ItemMarkers.Style.Paren or ItemMarkers.Style.ParenArabic)
            .Select(m => m.Start)
            .ToHashSet();
        // 1.…。2.…。3.… run into one line (old templates, flattened pages): a numbered run of two or more items
        var arabic = ItemMarkers.Sequence(blocks.Where(m => m.Kind == ItemMarkers.Style.Arabic).ToList());
        if (arabic.Count >= 2 && arabic.Count(m => m.Value == 1) < arabic.Count) cuts.UnionWith(arabic.Select(m => m.Start));
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || (cuts.Contains(i) && i > start))
            {
                if (i > start) yield return (start, i);
                start = i == text.Length || text[i] != '\n' ? i : i + 1;
            }
        }
    }

    private static void ReadUnit(string text, int start, int end, State state, bool beforeItem)
    {
        var unit = text[start..end];
        if (string.IsNullOrWhiteSpace(unit) || unit.Contains('\t')) return;
        if (ClosingBlock.IsSignatureOrDate(unit.Trim())) return;
        var lead = TextPatterns.LineStartMarker().Match(unit);
        var isShiLead = lead.Success && lead.Value.EndsWith('是');
        if (lead.Success && !isShiLead)
        {
            var bodyStart = start + lead.Length;
            while (bodyStart < end && char.IsWhiteSpace(text[bodyStart])) bodyStart++;
            var titleEnd = IndexOfAny(text, bodyStart, end, "。：:；;");
            // a heading run on into its text after a space: （二）改进措施 针对上述问题，我局将…
            var space = IndexOfAny(text, bodyStart, titleEnd < 0 ? end : titleEnd, " \u3000\t");
            if (space > bodyStart && StatementKindRules.IsContextHeading(text[bodyStart..space])) titleEnd = space;
            var restStart = titleEnd < 0 ? end : titleEnd + 1;
            // … or without any break: （二）下一步改进措施针对上述问题，…
            if (StatementKindRules.RunOnHeadingLength(text[bodyStart..(titleEnd < 0 ? end : titleEnd)]) is > 0 and var runOn)
                (titleEnd, restStart) = (bodyStart + runOn, bodyStart + runOn);
            var title = text[bodyStart..(titleEnd < 0 ? end : titleEnd)].Trim();
            var restEmpty = string.IsNullOrWhiteSpace(text[restStart..end]);
            if (StatementKindRules.IsContextHeading(title) || (restEmpty && titleEnd < 0 && title.Length <= 12 && !title.Contains('，')))
            {
                state.Context = StatementKindRules.ContextOfHeading(title) ?? state.Context;
                if (!restEmpty) ReadBody(text, restStart, end, state, beforeItem);
                return;
            }
            if (ItemMarkers.Shi(text, bodyStart, end).Count == 0)
            {
                state.Emit(text, start, end, lead.Value.Trim());
                return;
            }
        }
        ReadBody(text, start, end, state, beforeItem);
    }

    /// <summary>Sentences before the first 一是, then one statement per clause.</summary>
    private static void ReadBody(string text, int start, int end, State state, bool beforeItem = false)
    {
        var markers = ItemMarkers.Shi(text, start, end);
        var cursor = start;
        for (var i = 0; i < markers.Count; i++)
        {
            ReadSentences(text, cursor, markers[i].Start, state, leadsIntoList: true);
            var clauseEnd = i + 1 < markers.Count ? markers[i + 1].Start : end;
            // a lead-in sentence inside the clause (…。2023年，我区将采取以下措施加以改进。) ends the clause
            var split = FindLeadInInside(text, markers[i].Start, clauseEnd);
            state.Emit(text, markers[i].Start, split ?? clauseEnd, markers[i].Text);
            cursor = split ?? clauseEnd;
        }
        ReadSentences(text, cursor, end, state, leadsIntoList: beforeItem);
    }

    private static int? FindLeadInInside(string text, int start, int end)
    {
        var sentences = Sentences(text, start, end).ToList();
        for (var i = 1; i < sentences.Count; i++)
        {
            var (s, e) = sentences[i];
            if (StatementKindRules.IsLeadIn(text[s..e]) && StatementKindRules.ContextOfLeadIn(text[s..e]) is not null)
                return s;
        }
        return null;
    }

    private static void ReadSentences(string text, int start, int end, State state, bool leadsIntoList)
    {
        var sentences = Sentences(text, start, end).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (s, e) = sentences[i];
            var sentence = text[s..e];
            var last = i == sentences.Count - 1;
            if (StatementKindRules.IsLeadIn(sentence) && (last && leadsIntoList || sentence.TrimEnd().EndsWith('：') || sentence.TrimEnd().EndsWith(':')))
            {
                state.Context = StatementKindRules.ContextOfLeadIn(sentence) ?? state.Context;
                continue;
            }
            if (last && leadsIntoList && StatementKindRules.IsListIntro(sentence))
            {
                state.Context = StatementKind.Measure;
                continue;
            }
            state.Emit(text, s, e, "");
        }
    }

    /// <summary>Sentences of [start, end): cut after 。！？ and after a colon that ends a lead-in.</summary>
    private static IEnumerable<(int Start, int End)> Sentences(string text, int start, int end)
    {
        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if ((c is '，' or ',') && i - s >= 8 && i + 1 < end && StatementKindRules.StartsCommitment(text, i + 1))
            {
                // 公开存在的主要问题是内容公开不够全面,下步打算将进一步扩大… : the commitment is a statement of its own
                yield return (s, i + 1);
                s = i + 1;
                continue;
            }
            var cut = SentenceEnds.Contains(c) || ((c is '：' or ':') && StatementKindRules.IsLeadIn(text[s..(i + 1)]) && text[s..(i + 1)].Length > 2);
            if (!cut) continue;
            var e = i + 1;
            while (e < end && text[e] is '”' or '’' or '）' or ')') e++;
            yield return (s, e);
            s = e;
            i = e - 1;
        }
        if (s < end) yield return (s, end);
    }

    private static int IndexOfAny(string text, int start, int end, string chars)
    {
        for (var i = start; i < end; i++)
            if (chars.Contains(text[i])) return i;
        return -1;
    }

    private sealed class State(StatementKind? context)
    {
        public StatementKind? Context { get; set; } = context;
        public List<Statement> Statements { get; } = [];
        private StatementKind _last = StatementKind.Problem;

        public void Emit(string text, int start, int end, string marker)
        {
            while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '，' or ',' or '、')) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            var body = text[start..end];
            if (body.Count(c => !char.IsPunctuation(c) && !char.IsWhiteSpace(c)) < 4) return;
            StatementKind kind;
            if (Context == StatementKind.Problem && StatementKindRules.IsStrongMeasure(body))
            {
                kind = StatementKind.Measure;
                Context = StatementKind.Measure;
            }
            else
            {
                kind = Context ?? StatementKindRules.FromCues(body, _last);
            }
            _last = kind;
            Statements.Add(new Statement { Text = body, Kind = kind, Start = start, End = end, Marker = marker });
        }
    }
}
