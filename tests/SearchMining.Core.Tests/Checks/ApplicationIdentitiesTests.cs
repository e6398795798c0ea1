using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Tables;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>The identities of table 三 settle rows whose run of digits splits two ways (平潭 2021).</summary>
[Collection(SampleCorpusCollection.Name)]
public class ApplicationIdentitiesTests(SampleCorpus corpus)
{
    private static ApplicationRow Row(string code, params int[] values) =>
        new(code, code, ApplicantColumns.All.Zip(values).ToDictionary(p => p.First, p => CellValues.Cell(p.Second.ToString())));

    [Fact]
    public void Two_rows_with_two_readings_each_are_settled_by_the_column_totals_together()
    {
        // 平潭 2021 writes （一）予以公开 as 270020130 and 1.本机关不掌握相关政府信息 as 220000325: each splits two ways so
        // that its own 总计 adds up; only one combination gives the 商业企业 column its total of 0.
        var table = corpus.Report("039_").Tables.Applications;
        table.Row("result.1").ShouldBeNull();
        table.Row("result.4.1").ShouldBeNull();
        ApplicationRow[] published = [Row("result.1", 27, 0, 0, 2, 0, 1, 30), Row("result.4.1", 22, 0, 0, 0, 0, 3, 25)];
        ApplicationRow[] other = [Row("result.1", 2, 7, 0, 0, 20, 1, 30), Row("result.4.1", 2, 20, 0, 0, 0, 3, 25)];
        var settled = ApplicationIdentities.Settle(table, [[published[0], other[0]], [other[1], published[1]]]);
        settled.ShouldNotBeNull();
        settled.ShouldBe(published, ignoreOrder: true);
        ApplicationIdentities.Hold(table with { Rows = [.. table.Rows, .. settled] }).ShouldBeTrue();
    }

    [Fact]
    public void Readings_that_the_totals_cannot_tell_apart_stay_unsettled()
    {
        var table = corpus.Report("039_").Tables.Applications;
        // with result.4.1 still unread, no column total decides result.1 alone
        ApplicationIdentities.Settle(table, [[Row("result.1", 27, 0, 0, 2, 0, 1, 30), Row("result.1", 2, 7, 0, 0, 20, 1, 30)]]).ShouldBeNull();
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
