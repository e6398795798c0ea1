using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Querying;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Searching.Subsections;

/// <summary>
/// The section documents whose subsections a subsection query may match: a subsection's words are a slice of its section's
/// (<c>Analysis.SlicedTextField</c>), so wherever a subsection holds a term of a <c>sub_*</c> text field its section holds the
/// same term in the section field. The query is mapped clause by clause to a section-level query that matches a superset:
/// required clauses stay required, a disjunction stays a disjunction, exclusions are dropped (a subsection may lack a word
/// its section holds), and any clause that is not a text term (a field clause, a numeric range, everything) matches every
/// section — those are checked exactly on the rebuilt subsection documents.
/// </summary>
internal static class SubsectionCandidates
{
    private static readonly Dictionary<string, string[]> SectionFields = new(StringComparer.Ordinal)
    {
        [TextFields.Subsection.Words] = [TextFields.Section.Words],
        [TextFields.Subsection.Bigram] = [TextFields.Section.Bigram],
        [TextFields.Subsection.SmartCn] = [TextFields.Section.SmartCn],
        // A subsection's title is its section's title and its own heading, which its text starts with (segmented there
        // in context, so the heading's words are looked for in the section's title and text words alike).
        [TextFields.Subsection.TitleWords] = [TextFields.Section.TitleWords, TextFields.Section.Words],
    };

    /// <summary>The candidate query over section documents, or null when <paramref name="subsectionQuery"/> cannot be mapped (a proximity check's document set).</summary>
    public static Query? For(IndexSearcher searcher, Query subsectionQuery)
    {
        var supported = new StrongBox<bool>(true);
        var mapped = Map(searcher.Rewrite(subsectionQuery), supported);
        if (!supported.Value) return null;
        var query = new BooleanQuery { { new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Section)), Occur.MUST } };
        if (mapped is not null) query.Add(mapped, Occur.MUST);
        return query;
    }

    /// <summary>Section documents matching <paramref name="candidates"/>, in index order.</summary>
    public static IReadOnlyList<int> Sections(IndexSearcher searcher, Query candidates)
    {
        var collector = new DocIdCollector();
        searcher.Search(new ConstantScoreQuery(candidates), collector);
        var docs = collector.Docs.ToList();
        docs.Sort();
        return docs;
    }

    /// <summary>A section-level superset of <paramref name="query"/>; null = every section. <paramref name="ok"/> turns false for a clause that cannot be mapped.</summary>
    private static Query? Map(Query query, StrongBox<bool> ok)
    {
        switch (query)
        {
            case TermQuery term:
                return Term(term.Term);
            case PhraseQuery phrase:
                return All(phrase.GetTerms().Select(Term));
            case MultiPhraseQuery multi:
                return All(multi.GetTermArrays().Select(terms => Any(terms.Select(Term))));
            case BooleanQuery boolean:
            {
                var required = new List<Query?>();
                var optional = new List<Query?>();
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur == Occur.MUST_NOT) continue;
                    var mapped = Map(clause.Query, ok);
                    (clause.Occur == Occur.MUST ? required : optional).Add(mapped);
                }
                if (required.Count > 0) return All(required);
                return optional.Count == 0 ? null : Any(optional);
            }
            case DisjunctionMaxQuery dismax:
                return Any(dismax.Disjuncts.Select(d => Map(d, ok)).ToList());
            case ConstantScoreQuery { Query: { } inner }:
                return Map(inner, ok);
            case ConstantScoreQuery { Filter: DocSetFilter }:
                ok.Value = false;
                return null;
            case SimilarityQuery similar:
                return Map(similar.Inner, ok);
            default:
                return null; // checked exactly on the rebuilt documents
        }
    }

    /// <summary>The term in the section field(s) a subsection text field slices; null (every section) for any other field.</summary>
    private static Query? Term(Term term) =>
        SectionFields.TryGetValue(term.Field, out var fields) ? Any(fields.Select(f => (Query?)new TermQuery(new Term(f, term.Bytes))).ToList()) : null;

    private static Query? All(IEnumerable<Query?> queries)
    {
        var list = queries.Where(q => q is not null).ToList();
        if (list.Count == 0) return null;
        if (list.Count == 1) return list[0];
        var all = new BooleanQuery();
        foreach (var q in list) all.Add(q, Occur.MUST);
        return all;
    }

    private static Query? Any(IEnumerable<Query?> queries)
    {
        var list = queries.ToList();
        if (list.Count == 0 || list.Any(q => q is null)) return null;
        if (list.Count == 1) return list[0];
        var any = new BooleanQuery(disableCoord: true);
        foreach (var q in list) any.Add(q, Occur.SHOULD);
        return any;
    }
}
