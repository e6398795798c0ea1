using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

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
            { Name(nameof(ElasticsearchSection.Kind)), Keyword() },
            { Name(nameof(ElasticsearchSection.SectionId)), Keyword() },
            { Name(nameof(ElasticsearchSection.ParentSectionId)), Keyword() },
            { Name(nameof(ElasticsearchSection.ReportId)), Keyword() },
            { Name(nameof(ElasticsearchSection.SourceFile)), Keyword() },
            { Name(nameof(ElasticsearchSection.Agency)), agency },
            { Name(nameof(ElasticsearchSection.Province)), Keyword() },
            { Name(nameof(ElasticsearchSection.City)), Keyword() },
            { Name(nameof(ElasticsearchSection.County)), Keyword() },
            { Name(nameof(ElasticsearchSection.Level)), Keyword() },
            { Name(nameof(ElasticsearchSection.Year)), new IntegerNumberProperty() },
            { Name(nameof(ElasticsearchSection.PublishDate)), new DateProperty { Format = "strict_date" } },
            { Name(nameof(ElasticsearchSection.SectionNumber)), Keyword() },
            { Name(nameof(ElasticsearchSection.SectionTopic)), Keyword() },
            { Name(nameof(ElasticsearchSection.Title)), Chinese() },
            { Name(nameof(ElasticsearchSection.SubsectionTitle)), Chinese() },
            { Name(nameof(ElasticsearchSection.Text)), text },
            { Name(nameof(ElasticsearchSection.Themes)), Keyword() },
            { Name(nameof(ElasticsearchSection.Kinds)), Keyword() },
            { Name(nameof(ElasticsearchSection.Checks)), Keyword() },
        };
        return new TypeMapping { Dynamic = DynamicMapping.Strict, Properties = properties };
    }

    /// <summary>The JSON name of a document property (snake_case), the same in the mapping and the bulk file.</summary>
    public static string Name(string property) => ElasticsearchExport.FieldName(property);
}
