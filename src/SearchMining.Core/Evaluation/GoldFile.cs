using System.Globalization;
using RegionInfo = SearchMining.Core.Domain.RegionInfo;
using System.Text.Json;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Evaluation;

/// <summary>Reads gold.jsonl: one JSON object per line (blank lines and lines starting with // are skipped). Errors name the line.</summary>
public static class GoldFile
{
    /// <summary>The fields a gold line may have (camelCase, as in the file).</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "file", "annotator", "agencyAsWritten", "agency", "level", "region", "year", "publishDate", "sectionsPresent",
        "phones", "emails", "fees", "table3", "commitmentCount", "notes",
    ];

    public sealed record ReadResult(IReadOnlyList<GoldFacts> Facts, IReadOnlyList<string> Errors);

    public static ReadResult Read(IEnumerable<string> lines)
    {
        var facts = new List<GoldFacts>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                facts.Add(Parse(doc.RootElement));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException)
            {
                errors.Add($"line {number}: {ex.Message}");
            }
        }
        var duplicates = facts.GroupBy(f => f.File, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        errors.AddRange(duplicates.Select(d => $"{d}: more than one gold line"));
        return new ReadResult(facts, errors);
    }

    private static GoldFacts Parse(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new FormatException("a gold line must be a JSON object");
        var annotated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            if (!Fields.Contains(p.Name)) throw new FormatException($"unknown field '{p.Name}' (known: {string.Join(", ", Fields)})");
            annotated.Add(p.Name);
        }
        var file = Str(e, "file") ?? throw new FormatException("'file' is required");
        return new GoldFacts
        {
            File = file,
            Annotator = Str(e, "annotator"),
            AgencyAsWritten = Str(e, "agencyAsWritten"),
            Agency = Str(e, "agency"),
            Level = Str(e, "level") is { } level ? Enum.Parse<AdministrativeLevel>(level) : null,
            Region = Get(e, "region") is { ValueKind: JsonValueKind.Object } r ? new RegionInfo(Str(r, "province"), Str(r, "city"), Str(r, "county")) : null,
            Year = Get(e, "year") is { ValueKind: JsonValueKind.Number } y ? y.GetInt32() : null,
            PublishDate = Str(e, "publishDate") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            SectionsPresent = List(e, "sectionsPresent").Select(Enum.Parse<SectionTopic>).ToList(),
            Phones = List(e, "phones"),
            Emails = List(e, "emails"),
            Fees = Number(e, "fees"),
            Table3 = Get(e, "table3") is { ValueKind: JsonValueKind.Object } t
                ? new GoldTable3(Number(t, "newReceived"), Number(t, "carriedOver"), Number(t, "total"), Number(t, "carriedForward"))
                : null,
            CommitmentCount = Get(e, "commitmentCount") is { ValueKind: JsonValueKind.Number } c ? c.GetInt32() : null,
            Notes = Str(e, "notes"),
            Annotated = annotated,
        };
    }

    private static JsonElement? Get(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v : null;

    private static string? Str(JsonElement e, string name) =>
        Get(e, name) is { } v && v.ValueKind != JsonValueKind.Null ? v.GetString() : null;

    private static decimal? Number(JsonElement e, string name) =>
        Get(e, name) is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

    private static List<string> List(JsonElement e, string name) =>
        Get(e, name) is { ValueKind: JsonValueKind.Array } v ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
}
