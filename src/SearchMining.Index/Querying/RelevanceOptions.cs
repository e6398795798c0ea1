namespace SearchMining.Index.Querying;

/// <summary>Which text fields plain words are scored on (flags; whether a section holds a word is always decided on the bigram field).</summary>
[Flags]
public enum FieldMode
{
    /// <summary>The word (jieba) field.</summary>
    Words = 1,
    /// <summary>The CJK bigram field.</summary>
    Bigram = 2,
    /// <summary>Jieba words and bigrams (weighted by <see cref="RelevanceOptions.WordBoost"/> and <see cref="RelevanceOptions.BigramBoost"/>).</summary>
    Combined = Words | Bigram,
    /// <summary>The SmartCn word field (only where the analyzer set indexes it).</summary>
    SmartCn = 4,
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
    /// <summary>
    /// Weight of the word field's tokens against the bigram field's (<see cref="BigramBoost"/>): 1, the two fields count the
    /// same (round 4: chosen by cross-validation in every fold over 209 dev needs, as in round 3; it was 2, docs/RELEVANCE.md).
    /// </summary>
    public float WordBoost { get; init; } = 1.0f;
    public float BigramBoost { get; init; } = 1.0f;
    public float SmartCnBoost { get; init; } = 2.0f;
    /// <summary>Boost of an exact-substring (bigram phrase) match of a whole word group.</summary>
    public float ExactBoost { get; init; } = 1.0f;
    /// <summary>Boost of matches in the section / subsection title (0: titles are generic and did not help, docs/RELEVANCE.md).</summary>
    public float TitleBoost { get; init; } = 0f;
    /// <summary>Expand query words with the domain synonyms (weight <see cref="SynonymBoost"/>).</summary>
    public bool UseSynonyms { get; init; } = true;
    /// <summary>Score added to problems sections when the query describes a shortcoming (see <see cref="SectionIntent"/>); 0 = off.</summary>
    public float ProblemIntentBoost { get; init; } = 1f;
    public float SynonymBoost { get; init; } = 0.6f;
    /// <summary>
    /// Score added for each space-separated word group of the query a section holds (one of its words as written). Large
    /// values put every section holding all the groups the person typed above those holding fewer (coverage tiers, like
    /// Elasticsearch's minimum_should_match, but ranked instead of cut); 0 = plain OR. Chosen in docs/RELEVANCE.md.
    /// </summary>
    public float GroupCoverageBoost { get; init; } = 100f;
    /// <summary>
    /// Score added for each query word a section holds as written, within a group the segmenter cut into words
    /// (政策解读形式单一 → 政策解读, 形式, 单一): a softer preference, since the cut is the engine's guess (0 = off).
    /// </summary>
    public float CoverageBoost { get; init; } = 3f;
    /// <summary>Every query word required (the engine's semantics before coverage ranking; kept for the comparison in docs/RELEVANCE.md).</summary>
    public bool RequireAllWords { get; init; }
    /// <summary>
    /// How much related words other than the best-scoring one add (dis-max tie breaker: 0 = only the best, 1 = sum). 0.5
    /// (round 4: chosen by cross-validation in every fold over 209 dev needs, jointly with <see cref="WordBoost"/>; it was 0.1):
    /// each related word still scores at <see cref="SynonymBoost"/>, below the word itself.
    /// </summary>
    public float RelatedTieBreaker { get; init; } = 0.5f;
    /// <summary>Share of the coverage scores a word (or group) earns where the section holds only a related word of it.</summary>
    public float RelatedCoverage { get; init; } = 1f;

    /// <summary>
    /// Scale a word's coverage scores by how specific it is (log(N / documents holding it) / log(N)): holding 败诉 would say
    /// more than holding 信息公开. Off (every word held counts the same; BM25's idf still ranks within a tier): chosen by
    /// cross-validation in round 3 (every fold chose off), docs/RELEVANCE.md.
    /// </summary>
    public bool IdfCoverage { get; init; }
    /// <summary>
    /// Scale only the per-word coverage score (<see cref="CoverageBoost"/>) by how specific the word is, as <see cref="IdfCoverage"/>
    /// does, leaving the group tiers as they are: in a long sentence a common word (工作, 情况, 信息公开) then counts less than a
    /// specific one (绩效考核), as in a plain BM25 OR (round 7 candidate, docs/RELEVANCE.md).
    /// </summary>
    public bool SpecificWordCoverage { get; init; }
    /// <summary>Least coverage weight of a word under <see cref="IdfCoverage"/>.</summary>
    public float MinCoverageWeight { get; init; } = 0.05f;
    /// <summary>
    /// A word's parts and bigrams match on their own (行政复议 found by 行政). Off (the default) they only rank: a section
    /// matches a word where it holds the word as written or a related word, and the parts match only for a word no
    /// document holds.
    /// </summary>
    public bool PartsMatch { get; init; }

    /// <summary>
    /// Factor on the score of a preamble (section 0: title, legal basis, contacts) for queries with words: preambles are
    /// short and repeat the report's title words, so BM25 puts them above the sections that discuss a topic. 1 = no change.
    /// </summary>
    public float PreambleWeight { get; init; } = 1f;

    /// <summary>
    /// BM25 term-frequency saturation when searching: Lucene's 1.2, the index's similarity (cross-validation chose it with
    /// <see cref="Bm25B"/> 0.3 and coverage not weighted by specificity, docs/RELEVANCE.md).
    /// </summary>
    public float Bm25K1 { get; init; } = IndexBm25K1;
    /// <summary>
    /// BM25 length normalisation when searching (0 = none, 1 = full; Lucene's default, the index's similarity, is 0.75). 0.3,
    /// chosen by cross-validation over needs: many needs are answered in long overview sections, which full length
    /// normalisation ranks below short sections that merely use the words (docs/RELEVANCE.md).
    /// </summary>
    public float Bm25B { get; init; } = 0.3f;

    /// <summary>
    /// Re-order the first stage's top sections with the learned re-ranker (<see cref="Ranking.SectionReranker"/>, within
    /// coverage tiers; section granularity, relevance order, not when grouping by report). On since round 5: chosen by 5-fold
    /// cross-validation over 259 dev needs, trained inside the folds (docs/RELEVANCE.md); round 6 re-chose its window and
    /// regularisation by CV over the 259 needs without v5 and re-trained it on all 309; round 7 kept it (no first-stage or
    /// second-stage candidate beat it by CV over the 309 needs without v6, nor on v6 as a late check) and re-trained it on all 359;
    /// round 8 kept it (no fusion with a plain BM25 run, SmartCn field, bagged or more regularised re-ranker beat it by CV over
    /// the 359 needs without v7 or by leave one set out, nor on v7 as a late check) and re-trained it on all 409; round 9 kept it
    /// (no row, parts matching on their own included, beat it by more than noise by CV over the 409 needs without v8 or by leave
    /// one set out; v8 as a late check agreed) and re-trained it on all 458.
    /// </summary>
    public bool Rerank { get; init; } = true;
    /// <summary>How many of the first stage's sections the re-ranker orders (it was trained on the top <see cref="Ranking.SectionReranker.Depth"/>).</summary>
    public int RerankDepth { get; init; } = Ranking.SectionReranker.Depth;

    /// <summary>BM25 parameters of the index's similarity (Lucene's defaults); other values wrap the query in a <see cref="SimilarityQuery"/> (norms do not depend on them).</summary>
    internal const float IndexBm25K1 = 1.2f, IndexBm25B = 0.75f;

    public static RelevanceOptions Default { get; } = new();
}
