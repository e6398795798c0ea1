using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchMining.Core.Serialization;

/// <summary>JSON settings for reports: enums as strings, Chinese text unescaped, camelCase.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions CreateOptions(bool indented = true) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
