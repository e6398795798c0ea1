using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Analysis;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Querying;

/// <summary>
/// Turns a parsed people's query into a Lucene query and lists its positive words (for per-hit match reports and highlights).
/// <list type="bullet">
/// <item>Plain words are optional: a section needs one of them, and ranks higher the more of them it holds — strongly per
/// space-separated group the person typed (<see cref="RelevanceOptions.GroupCoverageBoost"/>), softly per word the segmenter
/// cut a group into (<see cref="RelevanceOptions.CoverageBoost"/>), like Elasticsearch's minimum_should_match but ranked;
/// within a word, its parts and bigrams score too, so a section that words it a little differently is still found.</item>
/// <item><c>+word</c>, the operands of an explicit AND and quoted phrases are required.</item>
/// <item>Related words (the expansion list) match only where written in full, at a lower weight, and are reported apart;
/// NOT, quotes, prefixes and field clauses never use them.</item>
/// </list>
/// </summary>
/// <remarks>Immutable and thread-safe; <paramref name="fields"/> says which text fields (sections or subsections) words are matched on.</remarks>
public sealed class LuceneQueryBuilder(IndexAnalyzers analyzers, RelevanceOptions options, QuerySynonyms synonyms, TextFields fields)
{
    private readonly TextFields _fields = fields;

    /// <summary>The BM25 to score with when the options' k1 / b differ from the index's, else null (the searcher's).</summary>
    private readonly Lucene.Net.Search.Similarities.Similarity? _similarity =
        options.Bm25K1 == RelevanceOptions.IndexBm25K1 && options.Bm25B == RelevanceOptions.IndexBm25B
            ? null
            : new Storage.FieldAwareBm25Similarity(options.Bm25K1, options.Bm25B);

    private Lucene.Net.Analysis.Analyzer QueryWords => options.QueryInSearchMode ? analyzers.Words : analyzers.WordsQuery;

    /// <summary>The SmartCn analyzer when the options score on it and the index has its field.</summary>
    private Lucene.Net.Analysis.Analyzer? SmartCn => options.Fields.HasFlag(FieldMode.SmartCn) ? analyzers.SmartCn : null;

    /// <param name="expand">Use related words (the request's <c>expand</c>; off also when <see cref="RelevanceOptions.UseSynonyms"/> is).</param>
    /// <param name="searcher">The searcher the query will run on (proximity clauses are checked against its documents).</param>
    internal BuiltQuery Build(QueryNode? root, bool expand, IndexSearcher searcher)
    {
        var context = new Context(expand && options.UseSynonyms, searcher);
        var query = root is null ? null : BuildNode(root, context);
        if (query is not null && context.Terms.Count > 0 && options.PreambleWeight is > 0 and < 1)
            query = new Lucene.Net.Queries.BoostingQuery(query, Preambles, options.PreambleWeight);
        if (query is not null && _similarity is not null) query = new SimilarityQuery(query, _similarity);
        return new BuiltQuery(query ?? new MatchAllDocsQuery(), context.Terms, HasText(root), context.Searchable);
    }

    /// <summary>The preamble documents (section 0), whose word scores <see cref="RelevanceOptions.PreambleWeight"/> scales.</summary>
    private static TermQuery Preambles => new(new Term(IndexFields.SectionTopic, FieldValues.Topic(Core.Domain.SectionTopic.Preamble)));

    private sealed class Context(bool expand, IndexSearcher searcher)
    {
        public bool Expand { get; } = expand;
        public IndexSearcher Searcher { get; } = searcher;
        public List<QueryTerm> Terms { get; } = [];
        public bool Searchable { get; set; }

        /// <summary>Whether any document matches <paramref name="query"/> (a word's presence); stops at the first hit of each segment.</summary>
        public bool Exists(Query query)
        {
            if (_exists.TryGetValue(query, out var found)) return found;
            var collector = new FirstHitCollector();
            Searcher.Search(query, collector);
            return _exists[query] = collector.Found;
        }

        private readonly Dictionary<Query, bool> _exists = [];

        public void Add(QueryTerm term)
        {
            Searchable = true;
            if (!Terms.Any(t => t.Text.Equals(term.Text, StringComparison.OrdinalIgnoreCase))) Terms.Add(term);
        }
    }

    private Query? BuildNode(QueryNode node, Context context) => node switch
    {
        WordsNode or PrefixNode when options.RequireAllWords => Required(node, context),
        WordsNode or PrefixNode => Optional([node], context),
        PhraseNode p => Phrase(p, context, register: true),
        RequiredNode r => Required(r.Child, context),
        FieldNode f => Filter(FieldQueries.For(f.Field, f.Value, analyzers)),
        YearRangeNode r => Filter(NumericRangeQuery.NewInt32Range(IndexFields.Year, r.From, r.To, true, true)),
        AndNode a => And(a.Children, context),
        OrNode o => Or(o.Children, context),
        NotNode n => Literal(n.Child, context) is { } excluded ? Exclude(excluded) : null,
        _ => null,
    };

    private Query? And(IReadOnlyList<QueryNode> children, Context context)
    {
        var query = new BooleanQuery();
        var required = 0;
        var optional = new List<QueryNode>();
        foreach (var child in children)
        {
            switch (child)
            {
                case WordsNode or PrefixNode when !options.RequireAllWords:
                    optional.Add(child);
                    break;
                case NotNode not:
                    if (Literal(not.Child, context) is { } excluded) query.Add(excluded, Occur.MUST_NOT);
                    break;
                case FieldNode or YearRangeNode:
                    query.Add(BuildNode(child, context)!, Occur.MUST);
                    break;
                default:
                    if (BuildNode(child, context) is not { } built) break;
                    query.Add(built, Occur.MUST);
                    required++;
                    break;
            }
        }
        // Plain words next to required parts only rank; on their own (or beside filters) one of them must match.
        if (Optional(optional, context) is { } words) query.Add(words, required > 0 ? Occur.SHOULD : Occur.MUST);
        if (query.Clauses.Count == 0) return null;
        if (query.Clauses.All(c => c.Occur == Occur.MUST_NOT)) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private Query? Or(IReadOnlyList<QueryNode> children, Context context)
    {
        var query = new BooleanQuery();
        foreach (var child in children)
            if (BuildNode(child, context) is { } built) query.Add(built, Occur.SHOULD);
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>
    /// Optional words and prefixes: a section matches where it holds one of them (as written or through a related word);
    /// every part of every word then ranks it, and each word or group held adds its coverage score. The parts of a word
    /// match on their own only for a word no document holds (or with <see cref="RelevanceOptions.PartsMatch"/>), so a
    /// natural query never comes back empty because of one word the reports put differently, while 行政复议 is not found
    /// by 行政.
    /// </summary>
    private Query? Optional(IReadOnlyList<QueryNode> nodes, Context context)
    {
        if (nodes.Count == 0) return null;
        var scoring = new BooleanQuery();
        var match = new BooleanQuery();
        foreach (var node in nodes)
        {
            if (node is PrefixNode prefix)
            {
                if (AddPrefix(scoring, prefix, Occur.SHOULD, context) is { } literal) match.Add(literal, Occur.SHOULD);
                continue;
            }
            var text = ((WordsNode)node).Text;
            var words = QueryTermSplitter.Split(text, analyzers.WordsQuery, synonyms);
            var held = new List<(QueryTerm Term, float Weight)>();
            foreach (var word in words)
                if (AddOptionalWord(scoring, match, word, context) is { } term) held.Add(term);
            if (words.Count > 1 && options.ExactBoost > 0 && Exact(text) is { } exact)
            {
                exact.Boost = options.ExactBoost;
                scoring.Add(exact, Occur.SHOULD);
            }
            if (held.Count > 0 && options.GroupCoverageBoost > 0)
            {
                // The group counts once, as much as the most specific of its words the section holds.
                var group = new DisjunctionMaxQuery(0f);
                foreach (var (term, weight) in held)
                    group.Add(Coverage([term.Literal], term.Related, options.GroupCoverageBoost * weight));
                scoring.Add(group, Occur.SHOULD);
            }
        }
        if (match.Clauses.Count == 0) return null;
        scoring.Add(new ConstantScoreQuery(match) { Boost = 0f }, Occur.MUST);
        return scoring;
    }

    /// <summary>One optional query word: its scoring clauses into <paramref name="scoring"/>, what makes a section hold it into <paramref name="match"/>.</summary>
    /// <returns>The word and its coverage weight, or null when it has nothing searchable.</returns>
    private (QueryTerm Term, float Weight)? AddOptionalWord(BooleanQuery scoring, BooleanQuery match, string word, Context context)
    {
        var clauses = new BooleanQuery();
        if (AddWord(clauses, word, required: false, context) is not { } term) return null;
        var presence = Presence(word);
        var specific = options.IdfCoverage || options.SpecificWordCoverage ? IdfWeight(word, context) : 1f;
        var weight = options.IdfCoverage ? specific : 1f;
        if (options.CoverageBoost > 0)
            clauses.Add(Coverage(presence is null ? [] : [presence], term.Related, options.CoverageBoost * specific), Occur.SHOULD);
        scoring.Add(clauses, Occur.SHOULD);
        if (presence is not null) match.Add(presence, Occur.SHOULD);
        foreach (var r in term.Related) match.Add(r.Query, Occur.SHOULD);
        var held = presence is not null && context.Exists(presence) || term.Related.Any(r => context.Exists(r.Query));
        if (options.PartsMatch || !held) match.Add(clauses, Occur.SHOULD);
        return (term, weight);
    }

    /// <summary>
    /// Coverage weight of a word: log(N / df) / log(N), at least <see cref="RelevanceOptions.MinCoverageWeight"/>, where df is
    /// the document frequency of its rarest bigram (an upper bound of the documents holding the word, read from the term
    /// dictionary) — a word most sections hold (信息公开) says little about a section, 败诉 says much.
    /// </summary>
    private float IdfWeight(string word, Context context)
    {
        var reader = context.Searcher.IndexReader;
        var docs = context.Searcher.CollectionStatistics(_fields.Bigram).DocCount;
        var n = Math.Max(2, docs > 0 ? docs : reader.MaxDoc);
        var bigrams = TokenReader.Read(analyzers.Bigram, IndexFields.TextBigram, word);
        var singleHan = bigrams.Count == 1 && bigrams[0].Term.Length == 1 && IsHan(bigrams[0].Term[0]);
        if (bigrams.Count == 0 || singleHan) return 1f;
        var df = bigrams.Min(b => reader.DocFreq(new Term(_fields.Bigram, b.Term)));
        var w = df <= 0 ? 1.0 : Math.Log((double)n / df) / Math.Log(n);
        return (float)Math.Clamp(w, options.MinCoverageWeight, 1.0);
    }

    private Query? Required(QueryNode child, Context context)
    {
        switch (child)
        {
            case WordsNode w:
            {
                var query = new BooleanQuery();
                foreach (var word in QueryTermSplitter.Split(w.Text, analyzers.WordsQuery, synonyms)) AddWord(query, word, required: true, context);
                return query.Clauses.Count == 0 ? null : query;
            }
            case PrefixNode p:
            {
                var query = new BooleanQuery();
                AddPrefix(query, p, Occur.MUST, context);
                return query;
            }
            default:
                return BuildNode(child, context);
        }
    }

    /// <summary>One query word: its parts score; it counts as held where written in full, or (weaker) where a related word is.</summary>
    /// <returns>The word's term, or null when it has nothing searchable.</returns>
    private QueryTerm? AddWord(BooleanQuery query, string word, bool required, Context context)
    {
        var (scoring, tokens) = Scoring(word);
        var presence = Presence(word);
        if (scoring is null && presence is null) return null;
        var related = context.Expand
            ? synonyms.Expand(word).Select(e => Presence(e) is { } q ? new RelatedWord(e, q) : null).OfType<RelatedWord>().ToList()
            : [];
        if (scoring is not null) query.Add(scoring, Occur.SHOULD);
        if (related.Count > 0)
        {
            // The best related word counts (a little of the others): several related words must not outweigh the word itself.
            var relatedScoring = new DisjunctionMaxQuery(options.RelatedTieBreaker);
            foreach (var r in related) relatedScoring.Add(RelatedScoring(r));
            query.Add(relatedScoring, Occur.SHOULD);
        }
        if (required)
        {
            var any = new BooleanQuery();
            if (presence is not null) any.Add(presence, Occur.SHOULD);
            foreach (var r in related) any.Add(r.Query, Occur.SHOULD);
            if (any.Clauses.Count > 0) query.Add(any, Occur.MUST);
        }
        var term = new QueryTerm(word, presence ?? scoring!, related, tokens);
        context.Add(term);
        return term;
    }

    /// <summary>
    /// A constant <paramref name="boost"/> where a section holds one of <paramref name="literal"/>, else
    /// <see cref="RelevanceOptions.RelatedCoverage"/> of it where it holds one of the related words.
    /// </summary>
    private DisjunctionMaxQuery Coverage(IEnumerable<Query> literal, IEnumerable<RelatedWord> related, float boost)
    {
        var coverage = new DisjunctionMaxQuery(0f);
        var any = new BooleanQuery();
        foreach (var q in literal) any.Add(q, Occur.SHOULD);
        if (any.Clauses.Count > 0) coverage.Add(new ConstantScoreQuery(any) { Boost = boost });
        var anyRelated = new BooleanQuery();
        foreach (var r in related) anyRelated.Add(r.Query, Occur.SHOULD);
        if (anyRelated.Clauses.Count > 0 && options.RelatedCoverage > 0)
            coverage.Add(new ConstantScoreQuery(anyRelated) { Boost = boost * options.RelatedCoverage });
        return coverage;
    }

    /// <summary>Most words a prefix expands to when scoring (the best-scoring ones; matching uses them all).</summary>
    private const int PrefixScoringTerms = 64;

    /// <returns>The query of sections holding a word with the prefix (null when the prefix has nothing searchable).</returns>
    private PrefixQuery? AddPrefix(BooleanQuery query, PrefixNode node, Occur occur, Context context)
    {
        var prefix = Normalize(node.Prefix);
        if (prefix.Length == 0) return null;
        var literal = new PrefixQuery(new Term(_fields.Words, prefix));
        query.Add(new ConstantScoreQuery(literal) { Boost = occur == Occur.SHOULD ? options.GroupCoverageBoost + options.CoverageBoost : 0f }, occur);
        query.Add(new PrefixQuery(new Term(_fields.Words, prefix))
        {
            MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(PrefixScoringTerms),
            Boost = options.WordBoost,
        }, Occur.SHOULD);
        context.Add(new QueryTerm(node.Prefix + "*", literal, [], []) { Prefixes = [prefix] });
        return literal;
    }

    /// <summary>A quoted phrase (exact), or its words within N words of each other (<c>"…"~N</c>).</summary>
    private Query? Phrase(PhraseNode node, Context context, bool register)
    {
        if (node.Slop is { } slop) return Proximity(node, slop, context, register);
        var query = new BooleanQuery();
        if (options.Fields.HasFlag(FieldMode.Bigram))
        {
            var bigrams = TokenReader.Read(analyzers.Bigram, IndexFields.TextBigram, node.Text);
            if (bigrams.Count > 0) query.Add(PhraseOf(_fields.Bigram, bigrams), Occur.SHOULD);
        }
        // The word field has no positions (AnalysedFieldTypes): beside the bigram phrase its words add nothing (round 20 of
        // docs/SCALING.md: on every dev need the same nDCG@10 and recall@10 as schema 12's word-level phrase). Without the
        // bigram field (a comparison configuration) the phrase's words are required, in any order.
        if (options.Fields.HasFlag(FieldMode.Words) && !options.Fields.HasFlag(FieldMode.Bigram)
            && TokenReader.Read(analyzers.Words, IndexFields.TextWords, node.Text) is { Count: > 0 } words)
        {
            var all = new BooleanQuery { Boost = options.WordBoost };
            foreach (var term in words.Select(w => w.Term).Distinct(StringComparer.Ordinal)) all.Add(new TermQuery(new Term(_fields.Words, term)), Occur.MUST);
            query.Add(all, Occur.SHOULD);
        }
        if (SmartCn is { } smartCn && TokenReader.Read(smartCn, _fields.SmartCn, node.Text) is { Count: > 0 } smartWords)
        {
            var phrase = PhraseOf(_fields.SmartCn, smartWords);
            phrase.Boost = options.SmartCnBoost;
            query.Add(phrase, Occur.SHOULD);
        }
        if (query.Clauses.Count == 0) return null;
        if (register) context.Add(new QueryTerm($"\"{node.Text}\"", query, [], []) { Phrases = [node.Text] });
        else context.Searchable = true;
        return query;
    }

    /// <summary>
    /// <c>"a b"~N</c>: sections holding every word are checked on their stored text (<see cref="ProximityMatcher"/>); the
    /// accepted ones are a filter, scored by the words.
    /// </summary>
    private Query? Proximity(PhraseNode node, int slop, Context context, bool register)
    {
        var words = (node.Text.Any(char.IsWhiteSpace)
                ? node.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                : QueryTermSplitter.Split(node.Text, analyzers.WordsQuery, QuerySynonyms.Empty))
            .Where(w => Presence(w) is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count == 0) return null;
        var candidates = new BooleanQuery();
        foreach (var word in words) candidates.Add(Presence(word)!, Occur.MUST);
        var collector = new DocIdCollector();
        context.Searcher.Search(candidates, collector);
        var fieldsToLoad = new HashSet<string> { IndexFields.Text };
        var accepted = collector.Docs.Where(doc =>
        {
            var text = Storage.SectionTexts.Load(context.Searcher, doc, fieldsToLoad).Get(IndexFields.Text) ?? "";
            return ProximityMatcher.Matches(text, words, slop, TokenReader.Read(analyzers.WordsQuery, IndexFields.TextWords, text));
        }).ToList();
        var literal = new ConstantScoreQuery(new DocSetFilter(accepted)) { Boost = 0f };
        var query = new BooleanQuery { { literal, Occur.MUST } };
        foreach (var word in words)
            if (Scoring(word).Query is { } scoring) query.Add(scoring, Occur.SHOULD);
        if (register) context.Add(new QueryTerm($"\"{node.Text}\"~{slop}", literal, [], []) { Phrases = words });
        else context.Searchable = true;
        return query;
    }

    /// <summary>What NOT excludes: the word, phrase or prefix exactly as written (never its parts or related words).</summary>
    private Query? Literal(QueryNode node, Context context)
    {
        switch (node)
        {
            case WordsNode w:
                var presence = Presence(w.Text);
                if (presence is not null) context.Searchable = true;
                return presence;
            case PrefixNode p:
                var prefix = Normalize(p.Prefix);
                if (prefix.Length == 0) return null;
                context.Searchable = true;
                return new PrefixQuery(new Term(_fields.Words, prefix));
            case PhraseNode phrase:
                return Phrase(phrase, context, register: false);
            case RequiredNode r:
                return Literal(r.Child, context);
            case NotNode n:
                return Literal(n.Child, context) is { } inner ? Exclude(inner) : null;
            case OrNode o:
            {
                var query = new BooleanQuery();
                foreach (var child in o.Children)
                    if (Literal(child, context) is { } q) query.Add(q, Occur.SHOULD);
                return query.Clauses.Count == 0 ? null : query;
            }
            case AndNode a:
            {
                var query = new BooleanQuery();
                foreach (var child in a.Children)
                {
                    if (child is NotNode not) { if (Literal(not.Child, context) is { } q) query.Add(q, Occur.MUST_NOT); }
                    else if (Literal(child, context) is { } q) query.Add(q, Occur.MUST);
                }
                if (query.Clauses.Count > 0 && query.Clauses.All(c => c.Occur == Occur.MUST_NOT)) query.Add(new MatchAllDocsQuery(), Occur.MUST);
                return query.Clauses.Count == 0 ? null : query;
            }
            default:
                return BuildNode(node, context);
        }
    }

    private static Query Exclude(Query inner) => new BooleanQuery
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { inner, Occur.MUST_NOT },
    };

    private static Query Filter(Query query) => new ConstantScoreQuery(query) { Boost = 0f };

    /// <summary>The scoring clauses of a word: its word-analyzer tokens (boosted) and its bigrams.</summary>
    internal (Query? Query, IReadOnlyList<string> Tokens) Scoring(string text)
    {
        var query = new BooleanQuery();
        var tokens = TokenReader.Read(QueryWords, IndexFields.TextWords, text).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (options.Fields.HasFlag(FieldMode.Words))
        {
            foreach (var term in tokens)
            {
                query.Add(new TermQuery(new Term(_fields.Words, term)) { Boost = options.WordBoost }, Occur.SHOULD);
                if (options.TitleBoost > 0)
                    query.Add(new TermQuery(new Term(_fields.TitleWords, term)) { Boost = options.TitleBoost }, Occur.SHOULD);
            }
        }
        if (options.Fields.HasFlag(FieldMode.Bigram))
        {
            foreach (var term in TokenReader.Read(analyzers.Bigram, IndexFields.TextBigram, text).Select(t => t.Term).Distinct(StringComparer.Ordinal))
                query.Add(new TermQuery(new Term(_fields.Bigram, term)) { Boost = options.BigramBoost }, Occur.SHOULD);
        }
        if (SmartCn is { } smartCn)
        {
            foreach (var term in TokenReader.Read(smartCn, _fields.SmartCn, text).Select(t => t.Term).Distinct(StringComparer.Ordinal))
                query.Add(new TermQuery(new Term(_fields.SmartCn, term)) { Boost = options.SmartCnBoost }, Occur.SHOULD);
        }
        return (query.Clauses.Count == 0 ? null : query, tokens);
    }

    /// <summary>A related word scores where written in full: its bigram phrase, and its token when it is one word.</summary>
    private Query RelatedScoring(RelatedWord related)
    {
        var query = new BooleanQuery { { related.Query, Occur.SHOULD } };
        var tokens = TokenReader.Read(analyzers.WordsQuery, IndexFields.TextWords, related.Text);
        if (tokens.Count == 1 && options.Fields.HasFlag(FieldMode.Words))
            query.Add(new TermQuery(new Term(_fields.Words, tokens[0].Term)) { Boost = options.WordBoost }, Occur.SHOULD);
        query.Boost = options.SynonymBoost;
        return query;
    }

    /// <summary>The whole word group as one bigram phrase (exact substring), when it has more than one bigram.</summary>
    private PhraseQuery? Exact(string text)
    {
        var bigrams = TokenReader.Read(analyzers.Bigram, IndexFields.TextBigram, text);
        return bigrams.Count > 1 ? PhraseOf(_fields.Bigram, bigrams) : null;
    }

    /// <summary>
    /// Sections that hold <paramref name="text"/> as written (width and case folded): its bigrams as a phrase; a single Han
    /// character is found inside the bigrams that hold it. Null when the text has nothing searchable.
    /// </summary>
    internal Query? Presence(string text)
    {
        var bigrams = TokenReader.Read(analyzers.Bigram, IndexFields.TextBigram, text);
        if (bigrams.Count == 0) return null;
        if (bigrams.Count > 1) return PhraseOf(_fields.Bigram, bigrams);
        var term = bigrams[0].Term;
        if (term.Length == 1 && IsHan(term[0]))
            return new BooleanQuery
            {
                { new PrefixQuery(new Term(_fields.Bigram, term)), Occur.SHOULD },
                { new WildcardQuery(new Term(_fields.Bigram, "?" + term)), Occur.SHOULD },
            };
        return new TermQuery(new Term(_fields.Bigram, term));
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    private string Normalize(string text) =>
        TokenReader.Read(analyzers.Words, IndexFields.TextWords, text) is { Count: 1 } one && one[0].Term.Length == text.Trim().Length
            ? one[0].Term
            : text.Trim().ToLowerInvariant();

    private static PhraseQuery PhraseOf(string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        var phrase = new PhraseQuery();
        var first = tokens[0].Position;
        foreach (var token in tokens) phrase.Add(new Term(field, token.Term), token.Position - first);
        return phrase;
    }

    private static bool HasText(QueryNode? node) => node switch
    {
        WordsNode or PhraseNode or PrefixNode => true,
        RequiredNode r => HasText(r.Child),
        NotNode n => HasText(n.Child),
        AndNode a => a.Children.Any(HasText),
        OrNode o => o.Children.Any(HasText),
        _ => false,
    };
}
