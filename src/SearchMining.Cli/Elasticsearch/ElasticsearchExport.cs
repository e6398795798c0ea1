using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport.Extensions;
using SearchMining.Index.Storage;

namespace SearchMining.Cli.Elasticsearch;

/// <summary>
/// Writes an index to a folder Elasticsearch (or OpenSearch) can load: <c>index.json</c>, the create-index body
/// (settings + mapping), and <c>sections-NNNNN.ndjson</c>, bulk files of every section and subsection document with
/// its themes, statement kinds and failed checks (at most <see cref="DocumentsPerFile"/> documents a file, under the
/// default 100 MB request limit). docs/SCALING.md says how to load them.
/// </summary>
internal static class ElasticsearchExport
{
    public const string IndexFile = "index.json";
    public const string BulkPrefix = "sections-";
    public const int DocumentsPerFile = 5000;

    private static readonly JsonNamingPolicy Naming = JsonNamingPolicy.SnakeCaseLower;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = Naming,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Chinese as UTF-8, not \uXXXX: a third of the size
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DatesAsStrictDate } },
    };

    /// <summary>A document is a <see cref="StoredSection"/> as stored, under snake_case names; only the publish date
    /// (stored as the number yyyyMMdd) is written as a <c>strict_date</c>.</summary>
    private static void DatesAsStrictDate(JsonTypeInfo info)
    {
        if (info.Type != typeof(StoredSection)) return;
        foreach (var property in info.Properties)
            if (property.Name == FieldName(nameof(StoredSection.PublishDate)))
                property.CustomConverter = new NumericDateConverter();
    }

    public static string FieldName(string property) => Naming.ConvertName(property);

    /// <summary>The create-index body, serialised by the official client's serializer.</summary>
    public static string IndexBody()
    {
        var client = new ElasticsearchClient(new ElasticsearchClientSettings(new Uri("http://localhost:9200")));
        var serializer = client.RequestResponseSerializer;
        var body = new JsonObject
        {
            ["settings"] = JsonNode.Parse(serializer.SerializeToString(ElasticsearchMapping.Settings())),
            ["mappings"] = JsonNode.Parse(serializer.SerializeToString(ElasticsearchMapping.Mapping())),
        };
        return body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <returns>Documents written and bulk files.</returns>
    public static (int Documents, IReadOnlyList<string> Files) Write(ReportIndex index, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, IndexFile), IndexBody(), new UTF8Encoding(false));
        var files = new List<string>();
        StreamWriter? writer = null;
        var inFile = 0;
        try
        {
            var count = StoredSections.Visit(index, section =>
            {
                if (writer is null || inFile == DocumentsPerFile)
                {
                    writer?.Dispose();
                    var path = Path.Combine(folder, $"{BulkPrefix}{files.Count + 1:D5}.ndjson");
                    files.Add(path);
                    writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
                    inFile = 0;
                }
                writer.WriteLine(JsonSerializer.Serialize(new { index = new { _index = ElasticsearchMapping.IndexName, _id = section.SectionId } }, Json));
                writer.WriteLine(JsonSerializer.Serialize(section, Json));
                inFile++;
            });
            return (count, files);
        }
        finally
        {
            writer?.Dispose();
        }
    }

}
