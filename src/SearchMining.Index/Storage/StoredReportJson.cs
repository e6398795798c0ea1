using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Schema;
using SearchMining.Core.Domain;

namespace SearchMining.Index.Storage;

/// <summary>Serialises a whole <see cref="Report"/> for the report document, so reports are served from the index.</summary>
public static class StoredReportJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();
    private static readonly Lazy<string> Shape = new(() => Fingerprint(JsonSchemaExporter.GetJsonSchemaAsNode(Options, typeof(Report)).ToJsonString())[..16]);

    /// <summary>
    /// A hash of the JSON schema of <see cref="Report"/> as stored: any change to the domain records (a field added,
    /// renamed or retyped) changes it, so an index of reports stored in another shape is rebuilt, never misread.
    /// </summary>
    public static string ShapeFingerprint => Shape.Value;

    public static string Serialize(Report report) => JsonSerializer.Serialize(report, Options);

    /// <summary>Null when the stored text is not a readable report (never throws).</summary>
    public static Report? TryDeserialize(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<Report>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Hex SHA-256 of the serialised report: identical content → identical fingerprint.</summary>
    public static string Fingerprint(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = SearchMining.Core.Serialization.ReportJson.CreateOptions(indented: false);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
