using System.Text.Json.Serialization;

namespace SearchMining.Mining.Dataset;

/// <summary>The JSON shape of one labels.jsonl line.</summary>
internal sealed record LabelLine
{
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("group")] public string? Group { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("themes")] public List<string>? Themes { get; init; }
    [JsonPropertyName("synthetic")] public bool Synthetic { get; init; }
    [JsonPropertyName("note")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Note { get; init; }
}
