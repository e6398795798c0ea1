using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Index.Analysis;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Querying;

/// <summary>Lucene queries for <c>field:value</c> (values already validated by <see cref="FieldValueRules"/>).</summary>
internal static class FieldQueries
{
    private const string ChineseDigits = "一二三四五六七八九十";

    public static Query For(string field, string value, IndexAnalyzers analyzers) => field switch
    {
        FacetDimensions.Agency => Agency(value, analyzers),
        FacetDimensions.Region => new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Region, value)), Occur.SHOULD },
            { new PrefixQuery(new Term(IndexFields.Region, value)), Occur.SHOULD },
        },
        FacetDimensions.Level => new TermQuery(new Term(IndexFields.Level, value.ToLowerInvariant())),
        FacetDimensions.Year => NumericRangeQuery.NewInt32Range(IndexFields.Year, int.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(value, System.Globalization.CultureInfo.InvariantCulture), true, true),
        FacetDimensions.Section => FieldValueRules.SectionTopicOf(value) is { } topic
            ? new TermQuery(new Term(IndexFields.SectionTopic, topic))
            : new TermQuery(new Term(IndexFields.SectionNumber, ToChineseNumber(value))),
        FacetDimensions.Theme => new TermQuery(new Term(IndexFields.Themes, value.ToLowerInvariant())),
        FacetDimensions.Kind => new TermQuery(new Term(IndexFields.Kinds, value.ToLowerInvariant())),
        FacetDimensions.Checks => new TermQuery(new Term(IndexFields.Checks, FieldValueRules.CheckRuleOf(value))),
        _ => new BooleanQuery(), // unreachable: the parser rejects unknown fields
    };

    /// <summary>
    /// The agency of that exact name when the index holds one (a facet value: as many hits as its count), else the value as
    /// a contiguous part of agency names (淮安 matches 淮安市人民政府).
    /// </summary>
    private static Query Agency(string value, IndexAnalyzers analyzers)
    {
        var exact = new Term(IndexFields.Agency, value);
        var bigrams = TokenReader.Read(analyzers.Bigram, IndexFields.AgencyText, value);
        if (bigrams.Count == 0) return new TermQuery(exact);
        var phrase = new PhraseQuery();
        var first = bigrams[0].Position;
        foreach (var token in bigrams) phrase.Add(new Term(IndexFields.AgencyText, token.Term), token.Position - first);
        return new ExactOrPartQuery(exact, phrase);
    }

    private static string ToChineseNumber(string value) =>
        !int.TryParse(value, out var n) ? value
        : n is >= 1 and <= 10 ? ChineseDigits[n - 1].ToString()
        : n == 0 ? Core.Domain.ReportSection.PreambleNumber
        : value;
}
