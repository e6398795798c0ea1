using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Analysis;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Querying;

/// <summary>Turns a parsed people's query into a Lucene query, and collects the terms its hits should highlight.</summary>
/// <remarks>Immutable and thread-safe; <paramref name="fields"/> says which text fields (sections or subsections) words are matched on.</remarks>
public sealed class LuceneQueryBuilder(IndexAnalyzers analyzers, RelevanceOptions options, QuerySynonyms synonyms, TextFields fields)
{
    private readonly TextFields _fields = fields;

    /// <summary>The Lucene query (match-all for an empty query) and the positive terms to highlight.</summary>
    public (Query Query, HighlightTerms Highlights) Build(QueryNode? root)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new List<string>();
        CollectHighlights(root, words, phrases);
        return (BuildNode(root) ?? new MatchAllDocsQuery(), new HighlightTerms(words, phrases));
    }

    private Lucene.Net.Analysis.Analyzer QueryWords => options.QueryInSearchMode ? analyzers.Words : analyzers.WordsQuery;

    private Query? BuildNode(QueryNode? node) => node switch
    {
        null => null,
        WordsNode w => BuildWords(w.Text, withSynonyms: options.UseSynonyms),
        PhraseNode p => BuildPhrase(p.Text),
        FieldNode f => Filter(FieldQueries.For(f.Field, f.Value, analyzers)),
        YearRangeNode r => Filter(NumericRangeQuery.NewInt32Range(IndexFields.Year, r.From, r.To, true, true)),
        AndNode a => BuildAnd(a.Children),
        OrNode o => BuildOr(o.Children),
        NotNode n => Exclude(BuildNode(n.Child)),
        _ => null,
    };

    private Query? BuildAnd(IReadOnlyList<QueryNode> children)
    {
        var query = new BooleanQuery();
        var positives = 0;
        foreach (var child in children)
        {
            if (child is NotNode not)
            {
                query.Add(BuildNode(not.Child) ?? new MatchAllDocsQuery(), Occur.MUST_NOT);
                continue;
            }
            var built = BuildNode(child);
            if (built is null) continue;
            query.Add(built, Occur.MUST);
            positives++;
        }
        if (query.Clauses.Count == 0) return null;
        if (positives == 0) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    private Query? BuildOr(IReadOnlyList<QueryNode> children)
    {
        var query = new BooleanQuery();
        foreach (var child in children)
        {
            var built = BuildNode(child);
            if (built is null) return null; // an empty alternative matches everything
            query.Add(built, Occur.SHOULD);
        }
        return query;
    }

    private static Query Exclude(Query? inner) => new BooleanQuery
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { inner ?? new MatchAllDocsQuery(), Occur.MUST_NOT },
    };

    private static Query Filter(Query query) => new ConstantScoreQuery(query) { Boost = 0f };

    /// <summary>A word group: its words on the word field (boosted) and its bigrams on the bigram field, plus synonyms.</summary>
    internal Query? BuildWords(string text, bool withSynonyms)
    {
        var query = new BooleanQuery(disableCoord: false);
        if (options.Fields != FieldMode.Bigram)
        {
            foreach (var term in DistinctTerms(QueryWords, IndexFields.TextWords, text))
            {
                query.Add(new TermQuery(new Term(_fields.Words, term)) { Boost = options.WordBoost }, Occur.SHOULD);
                if (options.TitleBoost > 0)
                    query.Add(new TermQuery(new Term(_fields.TitleWords, term)) { Boost = options.TitleBoost }, Occur.SHOULD);
            }
        }
        if (options.Fields != FieldMode.Words)
        {
            var bigrams = TokenReader.Read(analyzers.Bigram, IndexFields.TextBigram, text);
            foreach (var term in bigrams.Select(t => t.Term).Distinct(StringComparer.Ordinal))
                query.Add(new TermQuery(new Term(_fields.Bigram, term)) { Boost = options.BigramBoost }, Occur.SHOULD);
            if (bigrams.Count > 1 && options.ExactBoost > 0)
            {
                var exact = Phrase(_fields.Bigram, bigrams);
                exact.Boost = options.ExactBoost;
                query.Add(exact, Occur.SHOULD);
            }
        }
        if (withSynonyms)
        {
            foreach (var expansion in synonyms.Expand(text))
            {
                if (BuildWords(expansion, withSynonyms: false) is not { } expanded) continue;
                expanded.Boost = options.SynonymBoost;
                query.Add(expanded, Occur.SHOULD);
            }
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    private Query? BuildPhrase(string text)
    {
        var query = new BooleanQuery();
        if (options.Fields != FieldMode.Words)
        {
            var bigrams = TokenReader.Read(analyzers.Bigram, IndexFields.TextBigram, text);
            if (bigrams.Count > 0) query.Add(Phrase(_fields.Bigram, bigrams), Occur.SHOULD);
        }
        if (options.Fields != FieldMode.Bigram)
        {
            var words = TokenReader.Read(analyzers.Words, IndexFields.TextWords, text);
            if (words.Count > 0)
            {
                var phrase = Phrase(_fields.Words, words);
                phrase.Boost = options.WordBoost;
                query.Add(phrase, Occur.SHOULD);
            }
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    private static PhraseQuery Phrase(string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        var phrase = new PhraseQuery();
        var first = tokens[0].Position;
        foreach (var token in tokens) phrase.Add(new Term(field, token.Term), token.Position - first);
        return phrase;
    }

    private static IEnumerable<string> DistinctTerms(Lucene.Net.Analysis.Analyzer analyzer, string field, string text) =>
        TokenReader.Read(analyzer, field, text).Select(t => t.Term).Distinct(StringComparer.Ordinal);

    private void CollectHighlights(QueryNode? node, HashSet<string> words, List<string> phrases)
    {
        switch (node)
        {
            case WordsNode w:
                foreach (var term in DistinctTerms(QueryWords, IndexFields.TextWords, w.Text)) words.Add(term);
                if (options.UseSynonyms)
                    foreach (var expansion in synonyms.Expand(w.Text))
                        foreach (var term in DistinctTerms(QueryWords, IndexFields.TextWords, expansion)) words.Add(term);
                break;
            case PhraseNode p:
                phrases.Add(p.Text);
                break;
            case AndNode a:
                foreach (var child in a.Children) CollectHighlights(child, words, phrases);
                break;
            case OrNode o:
                foreach (var child in o.Children) CollectHighlights(child, words, phrases);
                break;
        }
    }
}
