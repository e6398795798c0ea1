using System.Text.Json;
using Microsoft.Data.Sqlite;
using SearchMining.Core.Domain;
using SearchMining.Corpus.Derived;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Corpus.Views;
using Shouldly;

namespace SearchMining.Corpus.Tests.Derived;

/// <summary>
/// A commitment's row in the derived store (<see cref="CommitmentColumns"/>, version 10): every commitment the parser gives
/// real reports is kept as columns alone (no JSON, no copy of its report's id), and one the columns cannot give back — another
/// report's id, no id, a theme the themes key cannot hold — is kept whole; each reads back exactly as it was written.
/// </summary>
public sealed class CommitmentColumnsTests : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task Real_commitments_are_kept_as_columns_and_one_the_columns_cannot_give_back_whole()
    {
        using var corpus = _corpus.Open(_corpus.Options(bundled: false));
        foreach (var sample in new[] { "037_hongze_quzhengfu_2023.txt", "002_huaian_shizhengfu_2024.txt", "045_pingtan_shiyanqu_2020.txt" })
            (await corpus.IngestAsync(TestCorpus.Upload(sample))).Indexed.ShouldNotBeNull();
        var page = corpus.Reports.Commitments(new CommitmentFilter(null, new ReportSelection(null, null, null), null), 0, 1000);
        page.Total.ShouldBeGreaterThan(3);
        var store = corpus.Derived.ViewsAt(corpus.Reports.Version).ShouldNotBeNull("the view tables match the index");
        using (var read = store.OpenRead())
        using (var rows = read.CreateCommand())
        {
            rows.CommandText = "SELECT COUNT(*), COUNT(whole) FROM view_commitments";
            using var reader = rows.ExecuteReader();
            reader.Read().ShouldBeTrue();
            reader.GetInt32(0).ShouldBe(page.Total);
            reader.GetInt32(1).ShouldBe(0, "every parsed commitment is given back by the columns alone");
        }

        var real = page.Items.First(c => c.Commitment.Agency is not null || c.Report.Agency is not null);
        var c = real.Commitment;
        c.ReportId.ShouldBe(real.Report.Id);
        var variants = new (Commitment Commitment, bool Whole)[]
        {
            (c, false),
            (c with { Agency = null, Year = null }, false),
            (c with { Agency = "另一个机关", Year = 2031 }, false),
            (c with { Themes = ["training", "coverage"] }, false),
            (c with { SourceStart = -1, SourceEnd = -1 }, false),
            (c with { ReportId = "0123456789abcdef" }, true),
            (c with { ReportId = null }, true),
            (c with { Themes = [""] }, true),
            (c with { Themes = ["", "training"] }, false),
            (c with { Themes = ["a|b"] }, true),
        };
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        using (var schema = db.CreateCommand())
        {
            schema.CommandText = ViewTables.Schema;
            schema.ExecuteNonQuery();
        }
        for (var n = 0; n < variants.Length; n++)
        {
            var (commitment, whole) = variants[n];
            var columns = CommitmentColumns.Of(commitment, real.Report);
            (columns.Whole is not null).ShouldBe(whole, $"variant {n}");
            using var insert = db.CreateCommand();
            insert.CommandText = """
                INSERT INTO view_commitments(seq, n, agency, year, text, themes, own, start_at, end_at, section, source_start, source_end, whole)
                VALUES (1, $n, $agency, $year, $text, $themes, $own, $start, $end, $section, $sourceStart, $sourceEnd, $whole)
                """;
            foreach (var (name, value) in new (string, object?)[]
            {
                ("$n", n), ("$agency", columns.Agency), ("$year", columns.Year), ("$text", commitment.Text), ("$themes", ViewTables.ThemesKey(commitment.Themes)),
                ("$own", columns.Own), ("$start", commitment.Start), ("$end", commitment.End), ("$section", commitment.SectionOrdinal),
                ("$sourceStart", commitment.SourceStart), ("$sourceEnd", commitment.SourceEnd), ("$whole", columns.Whole),
            })
                insert.Parameters.AddWithValue(name, value ?? DBNull.Value);
            insert.ExecuteNonQuery();

            using var select = db.CreateCommand();
            select.CommandText = """
                SELECT $id, agency, year, text, themes, own, start_at, end_at, section, source_start, source_end, whole FROM view_commitments WHERE seq = 1 AND n = $n
                """;
            select.Parameters.AddWithValue("$id", real.Report.Id);
            select.Parameters.AddWithValue("$n", n);
            using var reader = select.ExecuteReader();
            reader.Read().ShouldBeTrue();
            JsonSerializer.Serialize(CommitmentColumns.Read(reader, 0), Json).ShouldBe(JsonSerializer.Serialize(commitment, Json), $"variant {n}");
        }
    }
}
