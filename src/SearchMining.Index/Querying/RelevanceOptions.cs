namespace SearchMining.Index.Querying;

/// <summary>Which text fields plain words are matched on.</summary>
public enum FieldMode
{
    /// <summary>Only the word (jieba) field.</summary>
    Words,
    /// <summary>Only the CJK bigram field.</summary>
    Bigram,
    /// <summary>Both, the word field boosted (the default).</summary>
    Combined,
}

/// <summary>Knobs of the ranking; the defaults are the ones chosen from the judged set (docs/RELEVANCE.md).</summary>
public sealed record RelevanceOptions
{
    public FieldMode Fields { get; init; } = FieldMode.Combined;
    /// <summary>
    /// Segment query words like the index does (jieba search mode: 人员培训 → 人员培训, 人员, 培训) rather than with the
    /// precise query analyzer (人员培训 stays one word and misses 业务培训).
    /// </summary>
    public bool QueryInSearchMode { get; init; } = true;
    public float WordBoost { get; init; } = 2.0f;
    public float BigramBoost { get; init; } = 1.0f;
    /// <summary>Boost of an exact-substring (bigram phrase) match of a whole word group.</summary>
    public float ExactBoost { get; init; } = 1.0f;
    /// <summary>Boost of matches in the section / subsection title (0: titles are generic and did not help, docs/RELEVANCE.md).</summary>
    public float TitleBoost { get; init; } = 0f;
    /// <summary>Expand query words with the domain synonyms (weight <see cref="SynonymBoost"/>).</summary>
    public bool UseSynonyms { get; init; } = true;
    /// <summary>Score added to problems sections when the query describes a shortcoming (see <see cref="SectionIntent"/>); 0 = off.</summary>
    public float ProblemIntentBoost { get; init; } = 1f;
    public float SynonymBoost { get; init; } = 0.6f;

    public static RelevanceOptions Default { get; } = new();
}
