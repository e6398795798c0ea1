using SearchMining.Core.Domain;
using SearchMining.Index.Views;
using Shouldly;

namespace SearchMining.Index.Tests.Views;

/// <summary>
/// A view doc value round-trips plain when short and Brotli-compressed when longer; one Lucene could not hold (over 32,766
/// bytes) is written as "read the digest" and decodes to nothing, so the reader takes the report's digest instead.
/// </summary>
public sealed class ReportViewFieldsTests
{
    private static List<Commitment> Commitments(int count, int length)
    {
        var random = new Random(18);
        return [.. Enumerable.Range(0, count).Select(i => new Commitment
        {
            Text = new string([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(0x4E00, 0x9FA5))]),
            Year = 2020 + i % 5,
            Themes = ["training"],
        })];
    }

    [Theory]
    [InlineData(1, 10, ReportViewFields.TagPlain)]
    [InlineData(20, 100, ReportViewFields.TagBrotli)]
    public void A_value_round_trips(int count, int length, byte tag)
    {
        var commitments = Commitments(count, length);
        var value = ReportViewFields.Encode(commitments);
        value.Bytes[value.Offset].ShouldBe(tag);
        value.Length.ShouldBeLessThanOrEqualTo(ReportViewFields.MaxValueBytes);
        var back = ReportViewFields.Decode<List<Commitment>>(value)!;
        back.Select(c => (c.Text, c.Year, string.Join(",", c.Themes))).ShouldBe(commitments.Select(c => (c.Text, c.Year, string.Join(",", c.Themes))));
    }

    [Fact]
    public void A_row_round_trips_with_its_contact_and_theme_counts()
    {
        var statements = new[]
        {
            new Statement { Text = "培训不够", Kind = StatementKind.Problem, Themes = ["training", "training", "awareness"] },
            new Statement { Text = "其他", Kind = StatementKind.Measure },
        };
        var row = ReportViewRow.Create("r1", "a.txt", "淮安市洪泽区人民政府", "洪泽区人民政府", new RegionInfo("江苏省", "淮安市", "洪泽区"),
            AdministrativeLevel.County, 2023, new ContactInfo { Address = "洪泽区东七街", Phones = ["0517-87222111"] }, statements);
        row.Statements.ShouldBe(2);
        row.Classified.ShouldBe(1);
        row.ThemeCounts.ShouldBe(new Dictionary<string, int> { ["awareness"] = 1, ["training"] = 1 });

        var back = ReportViewFields.Decode<ReportViewRow>(ReportViewFields.Encode(row)).ShouldNotBeNull();
        var json = System.Text.Json.JsonSerializer.Serialize(back, ReportViewFields.Json);
        json.ShouldBe(System.Text.Json.JsonSerializer.Serialize(row, ReportViewFields.Json));
        back.Contact!.Phones.ShouldBe(["0517-87222111"]);
        back.Level.ShouldBe(AdministrativeLevel.County);
    }

    [Fact]
    public void A_value_too_large_for_lucene_says_read_the_digest()
    {
        var value = ReportViewFields.Encode(Commitments(40, 400)); // ~48 KB of UTF-8 that does not compress
        value.Length.ShouldBe(1);
        value.Bytes[value.Offset].ShouldBe(ReportViewFields.TagInDigest);
        ReportViewFields.Decode<List<Commitment>>(value).ShouldBeNull();
    }
}
