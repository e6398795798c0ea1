using SearchMining.Core.Domain;
using SearchMining.Core.Normalization;

namespace SearchMining.Core.Parsing;

/// <summary>
/// Puts a report parsed from the folded text (<see cref="ChineseCharacterFold"/>: Traditional read as Simplified) back
/// into the characters as written. The fold keeps every offset, so texts cut from the source by offset (section texts
/// through their runs, statements, subsections) are copied back exactly; names and labels found by pattern (agency,
/// region, office, table labels) are looked up in the folded source and copied from the same place.
/// </summary>
internal sealed class WrittenForm(string folded, string written)
{
    private (string Text, int[] Offsets)? _compact;

    public Report Restore(Report report, CleanText preamble) => report with
    {
        SourceText = written,
        Agency = Fragment(report.Agency),
        AgencyAsWritten = Fragment(report.AgencyAsWritten),
        Region = new RegionInfo(Fragment(report.Region.Province), Fragment(report.Region.City), Fragment(report.Region.County)),
        Preamble = report.Preamble is null ? null : RunText(preamble.Text, preamble.Runs).Trim(),
        Sections = report.Sections.Select(Section).ToList(),
        Statements = report.Statements.Select(s => s with { Text = StatementText(report, s.SectionOrdinal, s.Start, s.End, s.Text) }).ToList(),
        Commitments = report.Commitments.Select(c => c with
        {
            Agency = Fragment(c.Agency),
            Text = StatementText(report, c.SectionOrdinal, c.Start, c.End, c.Text),
        }).ToList(),
        Contact = report.Contact is null ? null : report.Contact with
        {
            Office = Fragment(report.Contact.Office),
            Address = Fragment(report.Contact.Address),
        },
        OtherMatters = report.OtherMatters is null ? null : report.OtherMatters with { FeesText = Fragment(report.OtherMatters.FeesText) },
        Tables = report.Tables with
        {
            Applications = report.Tables.Applications with
            {
                Rows = report.Tables.Applications.Rows.Select(r => r with { Label = Fragment(r.Label)! }).ToList(),
            },
            Proactive = report.Tables.Proactive with
            {
                Rows = report.Tables.Proactive.Rows.Select(r => r with { Item = Fragment(r.Item)!, Category = Fragment(r.Category)! }).ToList(),
            },
        },
    };

    private ReportSection Section(ReportSection section)
    {
        var text = RunText(section.Text, section.SourceRuns);
        return section with
        {
            Title = Fragment(section.Title)!,
            Text = text,
            Subsections = section.Subsections.Select(s => s with
            {
                Text = text[s.Start..s.End],
                Title = Within(s.Title, section.Text, text, s.Start),
            }).ToList(),
        };
    }

    /// <summary>The clean text with every run copied from the written source (inserted line breaks stay).</summary>
    public string RunText(string clean, IReadOnlyList<TextRun> runs)
    {
        var chars = clean.ToCharArray();
        foreach (var run in runs) written.AsSpan(run.SourceStart, run.Length).CopyTo(chars.AsSpan(run.TextStart, run.Length));
        return new string(chars);
    }

    private string StatementText(Report report, int ordinal, int start, int end, string fallback)
    {
        var section = report.Sections.FirstOrDefault(s => s.Ordinal == ordinal);
        if (section is null || end > section.Text.Length || start < 0 || start > end) return Fragment(fallback)!;
        return RunText(section.Text, section.SourceRuns)[start..end];
    }

    /// <summary>A fragment of a section's folded text (a subsection title, maybe shortened with …) in written form.</summary>
    private string Within(string fragment, string foldedText, string writtenText, int from)
    {
        var core = fragment.TrimEnd('…');
        var at = foldedText.IndexOf(core, Math.Min(from, foldedText.Length), StringComparison.Ordinal);
        return at < 0 ? Fragment(fragment)! : writtenText.Substring(at, core.Length) + fragment[core.Length..];
    }

    /// <summary>
    /// The written form of a string the parser found in the folded source: the same place when it is there verbatim,
    /// else piece by piece over the source with whitespace removed (names read across line breaks, an agency completed
    /// with a city from elsewhere). Characters found nowhere stay folded.
    /// </summary>
    public string? Fragment(string? fragment)
    {
        if (string.IsNullOrEmpty(fragment) || !fragment.Any(Foldable)) return fragment;
        var at = folded.IndexOf(fragment, StringComparison.Ordinal);
        if (at >= 0) return written.Substring(at, fragment.Length);
        var (compact, offsets) = _compact ??= Compact();
        var result = fragment.ToCharArray();
        var i = 0;
        while (i < result.Length)
        {
            if (char.IsWhiteSpace(result[i])) { i++; continue; }
            var (length, found) = LongestPiece(compact, fragment, i);
            if (length == 0) { i++; continue; }
            var j = i;
            for (var k = 0; k < length; j++)
            {
                if (char.IsWhiteSpace(fragment[j])) continue;
                result[j] = written[offsets[found + k]];
                k++;
            }
            i = j;
        }
        return new string(result);
    }

    /// <summary>Whether a character may have been folded from another one (then its written form must be looked up).</summary>
    private static bool Foldable(char c) => FoldTargets.Value.Contains(c);

    private static readonly Lazy<HashSet<char>> FoldTargets = new(() =>
    {
        var set = new HashSet<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var f = ChineseCharacterFold.Fold((char)c);
            if (f != c) set.Add(f);
        }
        set.UnionWith(ChineseWordFold.Targets);
        return set;
    });

    /// <summary>
    /// Longest run of non-space characters of <paramref name="fragment"/> from <paramref name="start"/> found in the
    /// compact source (binary search: every prefix of a piece that is found is found too).
    /// </summary>
    private static (int Length, int At) LongestPiece(string compact, string fragment, int start)
    {
        var piece = string.Concat(fragment.Skip(start).Where(c => !char.IsWhiteSpace(c)));
        int lo = 0, hi = piece.Length, at = -1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            var found = compact.IndexOf(piece[..mid], StringComparison.Ordinal);
            if (found >= 0) { lo = mid; at = found; }
            else hi = mid - 1;
        }
        if (lo > 0 && at < 0) at = compact.IndexOf(piece[..lo], StringComparison.Ordinal);
        return (lo, at);
    }

    private (string, int[]) Compact()
    {
        var sb = new System.Text.StringBuilder(folded.Length);
        var offsets = new List<int>(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            if (char.IsWhiteSpace(folded[i])) continue;
            sb.Append(folded[i]);
            offsets.Add(i);
        }
        return (sb.ToString(), offsets.ToArray());
    }
}
