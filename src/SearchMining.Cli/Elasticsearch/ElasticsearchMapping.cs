using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

using SearchMining.Index.Storage;

namespace SearchMining.Cli.Elasticsearch;

/// <summary>
/// The index settings and mapping, built with the official client's types (Elastic.Clients.Elasticsearch) so they
/// serialise as Elasticsearch reads them. Chinese text: the <c>smartcn</c> analyzer of Elastic's own analysis-smartcn
/// plugin (the Lucene SmartCn our peer and our SmartCn field use; maintained with every Elasticsearch release, unlike
/// the third-party IK plugin), plus a <c>bigram</c> sub-field with the built-in <c>cjk</c> analyzer — the recall side,
/// as our bigram field is. Filters are keyword fields, the year an integer, the publish date a date.
/// </summary>
internal static class ElasticsearchMapping
{
    public const string IndexName = "searchmining-sections";
    public const string ChineseAnalyzer = "smartcn";
    public const string BigramAnalyzer = "cjk";

    public static IndexSettings Settings() => new() { NumberOfShards = 1, NumberOfReplicas = 0 };

    public static TypeMapping Mapping()
    {
        static IProperty Keyword() => new KeywordProperty();
        static IProperty Chinese() => new TextProperty { Analyzer = ChineseAnalyzer };
        var text = new TextProperty
        {
            Analyzer = ChineseAnalyzer,
            Fields = new Properties { { "bigram", new TextProperty { Analyzer = BigramAnalyzer } } },
        };
        var agency = new KeywordProperty { Fields = new Properties { { "text", new TextProperty { Analyzer = BigramAnalyzer } } } };
        var properties = new Properties
        {
            { Name(nameof(StoredSection.Kind)), Keyword() },
            { Name(nameof(StoredSection.SectionId)), Keyword() },
            { Name(nameof(StoredSection.ParentSectionId)), Keyword() },
            { Name(nameof(StoredSection.ReportId)), Keyword() },
            { Name(nameof(StoredSection.SourceFile)), Keyword() },
            { Name(nameof(StoredSection.Agency)), agency },
            { Name(nameof(StoredSection.Province)), Keyword() },
            { Name(nameof(StoredSection.City)), Keyword() },
            { Name(nameof(StoredSection.County)), Keyword() },
            { Name(nameof(StoredSection.Level)), Keyword() },
            { Name(nameof(StoredSection.Year)), new IntegerNumberProperty() },
            { Name(nameof(StoredSection.PublishDate)), new DateProperty { Format = "strict_date" } },
            { Name(nameof(StoredSection.SectionNumber)), Keyword() },
            { Name(nameof(StoredSection.SectionTopic)), Keyword() },
            { Name(nameof(StoredSection.Title)), Chinese() },
            { Name(nameof(StoredSection.SubsectionTitle)), Chinese() },
            { Name(nameof(StoredSection.Text)), text },
            { Name(nameof(StoredSection.Themes)), Keyword() },
            { Name(nameof(StoredSection.Kinds)), Keyword() },
            { Name(nameof(StoredSection.Checks)), Keyword() },
        };
        return new TypeMapping { Dynamic = DynamicMapping.Strict, Properties = properties };
    }

    /// <summary>The JSON name of a document property (snake_case), the same in the mapping and the bulk file.</summary>
    public static string Name(string property) => ElasticsearchExport.FieldName(property);
}
