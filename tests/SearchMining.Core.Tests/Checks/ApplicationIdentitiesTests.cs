using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Tables;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>The identities of table 三, on tables the parser read (and decided by the column totals where digits ran together).</summary>
[Collection(SampleCorpusCollection.Name)]
public class ApplicationIdentitiesTests(SampleCorpus corpus)
{
    private static ApplicationRow Row(string code, params int[] values) =>
        new(code, code, ApplicantColumns.All.Zip(values).ToDictionary(p => p.First, p => CellValues.Cell(p.Second.ToString())));

    [Fact]
    public void Rows_the_parser_decided_by_the_column_totals_satisfy_every_identity()
    {
        // 平潭 2021 writes （一）予以公开 as 270020130 and 1.本机关不掌握相关政府信息 as 220000325: each splits two ways so that
        // its own 总计 adds up; only 27|0|0|2|0|1|30 and 22|0|0|0|0|3|25 give the 商业企业 column its total of 0
        var table = corpus.Report("039_").Tables.Applications;
        table.Row("result.1")!.Cells.Values.Select(c => c.Value).ShouldBe([27m, 0m, 0m, 2m, 0m, 1m, 30m]);
        table.Row("result.4.1")!.Cells.Values.Select(c => c.Value).ShouldBe([22m, 0m, 0m, 0m, 0m, 3m, 25m]);
        ApplicationIdentities.Hold(table).ShouldBeTrue();
        // the other reading of result.1 would break the 商业企业 column
        var other = table with { Rows = [.. table.Rows.Select(r => r.Code == "result.1" ? Row("result.1", 2, 7, 0, 0, 20, 1, 30) : r)] };
        ApplicationIdentities.Hold(other).ShouldBeFalse();
    }

    [Fact]
    public void A_table_whose_identities_hold_holds_and_one_changed_cell_breaks_it()
    {
        var table = corpus.Report("002_huaian").Tables.Applications;
        ApplicationIdentities.Hold(table).ShouldBeTrue();
        var changed = table with { Rows = [.. table.Rows.Select(r => r.Code == "result.2" ? Row("result.2", 1, 0, 0, 0, 0, 0, 1) : r)] };
        ApplicationIdentities.Hold(changed).ShouldBeFalse();
    }
}
