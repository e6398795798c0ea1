using System.Text.Json.Serialization;

namespace SearchMining.Mining.Dataset;

/// <summary>The JSON shape of one labels line (labels.jsonl; the corpus files add id, path, split, slug and flag).</summary>
internal sealed record LabelLine
{
    private const JsonIgnoreCondition Optional = JsonIgnoreCondition.WhenWritingNull;

    [JsonPropertyName("id")] [JsonIgnore(Condition = Optional)] public string? Id { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("path")] [JsonIgnore(Condition = Optional)] public string? Path { get; init; }
    [JsonPropertyName("split")] [JsonIgnore(Condition = Optional)] public string? Split { get; init; }
    [JsonPropertyName("group")] public string? Group { get; init; }
    [JsonPropertyName("slug")] [JsonIgnore(Condition = Optional)] public string? Slug { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("themes")] public List<string>? Themes { get; init; }
    [JsonPropertyName("synthetic")] public bool Synthetic { get; init; }
    [JsonPropertyName("flag")] [JsonIgnore(Condition = Optional)] public string? Flag { get; init; }
    [JsonPropertyName("note")] [JsonIgnore(Condition = Optional)] public string? Note { get; init; }
}
