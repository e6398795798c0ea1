using System.Text.Json;
using Microsoft.Data.Sqlite;
using SearchMining.Core.Domain;
using SearchMining.Core.Serialization;
using SearchMining.Corpus.Storage;
using SearchMining.Index.Views;

namespace SearchMining.Corpus.Derived;

/// <summary>
/// A commitment as a <c>view_commitments</c> row holds it (derived-store version 10): its text and themes (the columns the
/// words and theme filters read; its report's year beside them, which the year filter reads), the agency and year it is
/// listed under (its own, else its report's: the order's columns),
/// which of the two are its own (<c>own</c>: bit 1 the agency, bit 2 the year), its offsets as integers — and its report
/// id not at all, which is its report's. When these columns do not give the commitment back exactly (another report's id,
/// a theme the key cannot hold), <c>whole</c> holds its JSON without the text, as every row did before version 10.
/// </summary>
internal static class CommitmentColumns
{
    private const int OwnAgency = 1;
    private const int OwnYear = 2;

    private static readonly JsonSerializerOptions Json = ReportJson.CreateOptions(indented: false);

    /// <summary>The listed agency and year, the <c>own</c> bits and, only when the columns do not restore <paramref name="commitment"/>, its JSON without the text.</summary>
    public static (string? Agency, int? Year, int Own, string? Whole) Of(Commitment commitment, ReportViewRow report)
    {
        var own = (commitment.Agency is null ? 0 : OwnAgency) | (commitment.Year is null ? 0 : OwnYear);
        var agency = commitment.Agency ?? report.Agency;
        var year = commitment.Year ?? report.Year;
        var restored = Restore(report.Id, agency, year, own, commitment.Text, ViewTables.ThemesKey(commitment.Themes),
            commitment.Start, commitment.End, commitment.SectionOrdinal, commitment.SourceStart, commitment.SourceEnd);
        var exact = JsonSerializer.Serialize(restored, Json) == JsonSerializer.Serialize(commitment, Json);
        return (agency, year, own, exact ? null : JsonSerializer.Serialize(commitment with { Text = "" }, Json));
    }

    /// <summary>
    /// The commitment of a row read by <c>SELECT r.report_id, c.agency, c.year, c.text, c.themes, c.own, c.start_at, c.end_at,
    /// c.section, c.source_start, c.source_end, c.whole</c>, those columns from <paramref name="first"/> on.
    /// </summary>
    public static Commitment Read(SqliteDataReader reader, int first)
    {
        var text = reader.GetString(first + 3);
        if (!reader.IsDBNull(first + 11)) return JsonSerializer.Deserialize<Commitment>(reader.GetString(first + 11), Json)! with { Text = text };
        return Restore(reader.GetString(first), reader.GetNullableString(first + 1), reader.GetNullableInt32(first + 2), reader.GetInt32(first + 5), text,
            reader.GetString(first + 4), reader.GetInt32(first + 6), reader.GetInt32(first + 7), reader.GetInt32(first + 8), reader.GetInt32(first + 9),
            reader.GetInt32(first + 10));
    }

    /// <summary>The theme ids of a themes key (<see cref="ViewTables.ThemesKey"/>: <c>|a|b|</c>), in order.</summary>
    public static string[] Themes(string key) => key.Length <= 2 ? [] : key[1..^1].Split('|');

    private static Commitment Restore(string reportId, string? agency, int? year, int own, string text, string themes,
        int start, int end, int section, int sourceStart, int sourceEnd) => new()
    {
        Agency = (own & OwnAgency) != 0 ? agency : null,
        Year = (own & OwnYear) != 0 ? year : null,
        Text = text,
        Themes = Themes(themes),
        Start = start,
        End = end,
        ReportId = reportId,
        SectionOrdinal = section,
        SourceStart = sourceStart,
        SourceEnd = sourceEnd,
    };
}
