namespace SearchMining.Mining.YearOverYear;

public enum SentenceChangeKind
{
    /// <summary>The same content characters as last year's sentence.</summary>
    Unchanged,
    /// <summary>Matched to last year's sentence but edited (similarity at or above <see cref="ReuseOptions.SentenceMatch"/>).</summary>
    Changed,
    /// <summary>New this year: no sentence of last year's section is similar enough.</summary>
    Added,
    /// <summary>Last year's sentence with no counterpart this year.</summary>
    Removed,
}
