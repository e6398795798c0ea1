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
                // （二）改进措施 1.…。2.…。3.…: the numbered items after the heading, one statement each
                if (!restEmpty && NumberedRun(text, restStart, end) is { } items) EmitItems(text, items, end, state);
                else if (!restEmpty) ReadBody(text, restStart, end, state, beforeItem);
                return;
            }
            // an item that is only a title over sub-items (（三）进一步规范政府信息公开行为 1、…。 2、… / （一） 提高…认识 一是…；二是…):
            // the sub-items are the statements
            if (SubItemsAfterTitle(text, bodyStart, end) is { } subItems)
            {
                state.Context = StatementKindRules.ContextOfHeading(text[bodyStart..subItems[0].Start]) ?? state.Context;
                EmitItems(text, subItems, end, state);
                return;
            }
            var shi = ItemMarkers.Shi(text, bodyStart, end);
            if (shi.Count == 0)
            {
                state.Emit(text, start, end, lead.Value.Trim());
                return;
            }
            if (IsItemTitle(text[bodyStart..shi[0].Start]))
            {
                ReadBody(text, shi[0].Start, end, state, beforeItem);
                return;
            }
        }
        ReadBody(text, start, end, state, beforeItem);
    }

    /// <summary>A short title with no sentence in it (提高对政府信息公开的认识): what stands between an item's marker and its sub-items.</summary>
    private static bool IsItemTitle(string title)
    {
        var t = title.Trim();
        return t.Length is >= 2 and <= 24 && IndexOfAny(t, 0, t.Length, "。！？；;，,：:") < 0;
    }

    /// <summary>Numbered sub-items 1、2、… after an item's short title and a space, or null.</summary>
    private static List<ItemMarkers.Marker>? SubItemsAfterTitle(string text, int bodyStart, int end)
    {
        var space = IndexOfAny(text, bodyStart, end, " \u3000");
        return space < 0 || !IsItemTitle(text[bodyStart..space]) ? null : NumberedRun(text, space, end);
    }

    /// <summary>A run of items 1. 2. 3. … (or 1、) that starts at <paramref name="from"/> (after spaces) and fills the span, or null.</summary>
    private static List<ItemMarkers.Marker>? NumberedRun(string text, int from, int end)
    {
        var first = from;
        while (first < end && char.IsWhiteSpace(text[first])) first++;
        var rest = text[first..end];
        var items = ItemMarkers.Sequence(ItemMarkers.Blocks(rest).Where(m => m.Kind == ItemMarkers.Style.Arabic).ToList());
        if (items.Count < 2 || items[0].Start != 0 || items.Any(m => m.Value == 1 && m.Start > 0)) return null;
        return items.Select(m => m with { Start = m.Start + first, End = m.End + first }).ToList();
    }

    private static void EmitItems(string text, List<ItemMarkers.Marker> items, int end, State state)
    {
        for (var k = 0; k < items.Count; k++)
            state.Emit(text, items[k].Start, k + 1 < items.Count ? items[k + 1].Start : end, items[k].Text.Trim());
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
            // a lead-in sentence inside the clause (…。2023年，我区将采取以下措施加以改进。) ends the clause, and so does a
            // short intro right before a list that starts again at 一是 (三是…仍需完善。 2021年，我单位将进一步加强…工作。一是…)
            var restarts = i + 1 < markers.Count && markers[i + 1].Value == 1;
            var split = FindLeadInInside(text, markers[i].Start, clauseEnd, restarts)
                ?? (i + 1 == markers.Count ? MeasureAfterLastProblem(text, markers[i].Start, clauseEnd) : null);
            state.Emit(text, markers[i].Start, split ?? clauseEnd, markers[i].Text);
            cursor = split ?? clauseEnd;
        }
        ReadSentences(text, cursor, end, state, leadsIntoList: beforeItem);
    }

    /// <summary>
    /// Round 24: the last 一是 clause states a problem and a later sentence of it a measure (二是…知晓率不高。为了进一步做好我局信息
    /// 公开工作，我局在今后的政府信息公开工作中，不断加大工作力度…, h1503; 二是…有待进一步加强。下一步，我局将…, g142): the clause ends
    /// before the promise, which is read on its own.
    /// </summary>
    private static int? MeasureAfterLastProblem(string text, int start, int end)
    {
        var sentences = Sentences(text, start, end).Where(x => !string.IsNullOrWhiteSpace(text[x.Start..x.End])).ToList();
        if (sentences.Count < 2 || StatementKindRules.FromCues(text[sentences[0].Start..sentences[0].End], StatementKind.Measure) != StatementKind.Problem) return null;
        for (var i = 1; i < sentences.Count; i++)
        {
            // a promise for the future (下一步…将…, 在今后的工作中…), not a measure verb alone (a rectification's 加强…, g095)
            var sentence = text[sentences[i].Start..sentences[i].End];
            if (StatementKindRules.FromCues(sentence, StatementKind.Problem) == StatementKind.Measure && (StatementKindRules.IsStrongMeasure(sentence) || sentence.Contains("今后", StringComparison.Ordinal)))
                return sentences[i].Start;
        }
        return null;
    }

    private static int? FindLeadInInside(string text, int start, int end, bool beforeRestart)
    {
        var sentences = Sentences(text, start, end).Where(x => !string.IsNullOrWhiteSpace(text[x.Start..x.End])).ToList();
        for (var i = 1; i < sentences.Count; i++)
        {
            var (s, e) = sentences[i];
            if (StatementKindRules.IsLeadIn(text[s..e]) && StatementKindRules.ContextOfLeadIn(text[s..e]) is not null)
                return s;
            if (beforeRestart && i == sentences.Count - 1 && StatementKindRules.IsListIntro(text[s..e]))
                return s;
        }
        return null;
    }

    private static void ReadSentences(string text, int start, int end, State state, bool leadsIntoList)
    {
        // a trailing space (a paragraph break of a flattened page) is no sentence: the one before it is the last
        var sentences = Sentences(text, start, end).Where(x => !string.IsNullOrWhiteSpace(text[x.Start..x.End])).ToList();
        if (ParagraphItems(text, sentences) is { } paragraphs)
        {
            foreach (var (s, e) in paragraphs) state.Emit(text, s, e, "");
            return;
        }
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
            // round 21: or right before the lead-in that ends in a colon before the list (2012年，我局将以…为统领，…推动政府信息公开
            // 工作向纵深发展。具体做好以下几方面工作：（一）…, h1501): the general sentence introduces the list with it
            var beforeColonLeadIn = i == sentences.Count - 2 && leadsIntoList && IsColonLeadIn(text[sentences[i + 1].Start..sentences[i + 1].End]);
            if ((last || beforeColonLeadIn) && leadsIntoList && StatementKindRules.IsListIntro(sentence))
            {
                state.Context = StatementKind.Measure;
                continue;
            }
            state.Emit(text, s, e, "");
        }
    }

    /// <summary>A lead-in ending in a colon (具体做好以下几方面工作：).</summary>
    private static bool IsColonLeadIn(string sentence) =>
        StatementKindRules.IsLeadIn(sentence) && (sentence.TrimEnd().EndsWith('：') || sentence.TrimEnd().EndsWith(':'));

    /// <summary>
    /// Unnumbered paragraphs that each open with a short title sentence (加强主动公开工作。从内部管理流程入手…): one item per
    /// paragraph, as numbered items would be. A paragraph ends at a line break or a space after a sentence end (flattened
    /// pages); null when the sentences are not written that way.
    /// </summary>
    private static List<(int Start, int End)>? ParagraphItems(string text, List<(int Start, int End)> sentences)
    {
        if (sentences.Count < 2 || sentences.Any(x => StatementKindRules.IsLeadIn(text[x.Start..x.End]))) return null;
        var paragraphs = new List<List<(int Start, int End)>> { new() };
        foreach (var sentence in sentences)
        {
            if (paragraphs[^1].Count > 0 && char.IsWhiteSpace(text[sentence.Start])) paragraphs.Add([]);
            paragraphs[^1].Add(sentence);
        }
        // every paragraph of several sentences opens with a title (a one-sentence paragraph is an item of its own)
        if (!paragraphs.Any(p => p.Count >= 2) || paragraphs.Any(p => p.Count >= 2 && !IsTitleSentence(text[p[0].Start..p[0].End])))
            return null;
        return paragraphs.Select(p => (p[0].Start, p[^1].End)).ToList();
    }

    private static readonly char[] SentenceEnd = ['。', '！', '!'];

    /// <summary>A short sentence that names an item (加强主动公开工作。): no comma, at most 24 characters, a measure verb first.</summary>
    private static bool IsTitleSentence(string sentence)
    {
        var s = sentence.Trim().TrimEnd(SentenceEnd);
        return s.Length is >= 4 and <= 24 && !s.Contains('，') && !s.Contains(',') && StatementKindRules.StartsWithMeasureVerb(s);
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
