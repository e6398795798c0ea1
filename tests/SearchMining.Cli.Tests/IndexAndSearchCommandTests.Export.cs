using System.Text;
using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Mapping;
using SearchMining.Analysis.Jieba;
using SearchMining.Cli.Tests.Support;
using SearchMining.Corpus;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed partial class IndexAndSearchCommandTests
{
    [Fact]
    public async Task Export_elasticsearch_writes_a_mapping_the_client_reads_and_bulk_files_of_every_section()
    {
        using var folder = new TempFolder();
        var target = folder.File("es");
        var result = await corpus.Cli.RunAsync("export", "--index", corpus.IndexPath, "--elasticsearch", target);
        result.ExitCode.ShouldBe(0, result.ToString());

        // The create-index body: read back by the official client's serializer into its own mapping types.
        using var body = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "index.json")));
        var serializer = new ElasticsearchClient(new ElasticsearchClientSettings(new Uri("http://localhost:9200"))).RequestResponseSerializer;
        var mapping = serializer.Deserialize<TypeMapping>(new MemoryStream(Encoding.UTF8.GetBytes(body.RootElement.GetProperty("mappings").GetRawText())))!;
        var properties = mapping.Properties!.ToDictionary(p => p.Key.Name!, p => p.Value);
        mapping.Dynamic.ShouldBe(DynamicMapping.Strict);
        var text = properties["text"].ShouldBeOfType<TextProperty>();
        text.Analyzer.ShouldBe("smartcn");
        text.Fields!.Single().Value.ShouldBeOfType<TextProperty>().Analyzer.ShouldBe("cjk");
        properties["year"].ShouldBeOfType<IntegerNumberProperty>();
        properties["themes"].ShouldBeOfType<KeywordProperty>();
        properties["checks"].ShouldBeOfType<KeywordProperty>();
        body.RootElement.GetProperty("settings").GetProperty("number_of_shards").ToString().ShouldBe("1");

        // The bulk files: action line, then a document whose every field is mapped (strict mapping) with the right JSON kind.
        var documents = new List<JsonElement>();
        foreach (var file in Directory.GetFiles(target, "sections-*.ndjson").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file, Encoding.UTF8);
            (lines.Length % 2).ShouldBe(0);
            for (var i = 0; i < lines.Length; i += 2)
            {
                var action = JsonDocument.Parse(lines[i]).RootElement.GetProperty("index");
                action.GetProperty("_index").GetString().ShouldBe("searchmining-sections");
                var document = JsonDocument.Parse(lines[i + 1]).RootElement;
                document.GetProperty("section_id").GetString().ShouldBe(action.GetProperty("_id").GetString());
                foreach (var field in document.EnumerateObject())
                {
                    properties.ShouldContainKey(field.Name);
                    var expected = properties[field.Name] switch
                    {
                        IntegerNumberProperty => JsonValueKind.Number,
                        _ when field.Value.ValueKind == JsonValueKind.Array => JsonValueKind.Array,
                        _ => JsonValueKind.String,
                    };
                    field.Value.ValueKind.ShouldBe(expected, field.Name);
                }
                documents.Add(document.Clone());
            }
        }

        // Every section and subsection of the index, once each, with the themes the classifier gave.
        using var opened = new ReportCorpus(new CorpusOptions { IndexPath = corpus.IndexPath, ReadOnly = true, UseClassifier = false, IngestBundledReports = false, RebuildOnSchemaMismatch = false },
            JiebaSegmenter.CreateDefault());
        opened.TryOpen().ShouldBeNull();
        var stats = opened.Stats;
        documents.Select(d => d.GetProperty("section_id").GetString()).Distinct().Count().ShouldBe(documents.Count);
        documents.Count(d => d.GetProperty("kind").GetString() == "section" && d.GetProperty("section_topic").GetString() != "preamble").ShouldBe(stats.Sections);
        documents.Count(d => d.GetProperty("kind").GetString() == "subsection").ShouldBe(stats.Subsections);
        documents.Select(d => d.GetProperty("report_id").GetString()).Distinct().Count().ShouldBe(stats.Reports);
        documents.Count(d => d.TryGetProperty("themes", out var themes) && themes.GetArrayLength() > 0).ShouldBeGreaterThan(0);
        // Dates as the mapping's strict_date (yyyy-MM-dd), not the number the index stores.
        var dates = documents.Where(d => d.TryGetProperty("publish_date", out _)).Select(d => d.GetProperty("publish_date").GetString()!).ToList();
        dates.Count.ShouldBeGreaterThan(0);
        dates.ShouldAllBe(d => System.Text.RegularExpressions.Regex.IsMatch(d, @"^(19|20)\d\d-[01]\d-[0-3]\d$"));
        // The text is the section's own: every section a phrase search finds holds the phrase in its exported text.
        var texts = documents.ToDictionary(d => d.GetProperty("section_id").GetString()!, d => d.GetProperty("text").GetString()!);
        var hits = opened.Search.Search(new SearchMining.Index.Searching.SearchRequest("\"政策解读\"") { Size = 20, Expand = false }).Results!.Hits;
        hits.Count.ShouldBeGreaterThan(0);
        hits.ShouldAllBe(h => texts[h.SectionId].Contains("政策解读"));
    }
}
