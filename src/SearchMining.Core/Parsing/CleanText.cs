using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing;

/// <summary>Text with debris removed and wrapped lines joined, plus the runs mapping it back to the source.</summary>
public sealed record CleanText(string Text, IReadOnlyList<TextRun> Runs)
{
    public static CleanText Empty { get; } = new("", []);

    /// <summary>Source offset of <paramref name="textOffset"/>, or -1 when it falls on an inserted character.</summary>
    public int SourceOffsetOf(int textOffset)
    {
        var lo = 0;
        var hi = Runs.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var run = Runs[mid];
            if (textOffset < run.TextStart) hi = mid - 1;
            else if (textOffset >= run.TextStart + run.Length) lo = mid + 1;
            else return run.SourceStart + (textOffset - run.TextStart);
        }
        return lo < Runs.Count ? Runs[lo].SourceStart : (Runs.Count > 0 ? Runs[^1].SourceStart + Runs[^1].Length : -1);
    }

    /// <summary>Source offset just after the character before <paramref name="textEnd"/> (for end offsets).</summary>
    public int SourceEndOf(int textEnd) => textEnd <= 0 ? SourceOffsetOf(0) : SourceOffsetOf(textEnd - 1) + 1;
}
