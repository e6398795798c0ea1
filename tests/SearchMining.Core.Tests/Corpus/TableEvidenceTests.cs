using SearchMining.Core.Parsing.Tables;
using SearchMining.Core.Tests.Support;
using Shouldly;

namespace SearchMining.Core.Tests.Corpus;

public class TableEvidenceTests
{
    [Fact]
    public void A_row_with_one_number_and_its_unit_per_column_is_read_not_called_ambiguous()
    {
        // 政府集中采购 2笔 984361元
        var report = DevCorpus.Report("github/g099_pingtan_caizhengjinrongju_2020.txt");
        var row = report.Tables.Proactive.Rows.Single(r => r.Category == "政府集中采购");
        row.Cells["采购项目数量"].Value.ShouldBe(2);
        row.Cells["采购总金额"].Value.ShouldBe(984361);
        report.Warnings.ShouldNotContain(w => w.Code == "table-row-ambiguous");
        // 政府集中采购00元: one digit per column
        var zero = DevCorpus.Report("github/g027_pingtan_haitan_pianquju_2022.txt").Tables.Proactive.Rows.Single(r => r.Category == "政府集中采购");
        zero.Cells.Values.Select(c => c.Value).ShouldBe([0m, 0m]);
    }

    [Fact]
    public void Column_totals_decide_only_when_exactly_one_combination_of_splits_holds()
    {
        // the 自然人…总计 cells of 平潭 2021 (samples/reports/039): result.1 "270020130", result.4.1 "220000325"
        IReadOnlyList<IReadOnlyList<string>> Splits(string run) => DigitRunSplitter.Candidates(run, 7, v => v[6] == v.Take(6).Sum(), 64);
        Splits("270020130").Count.ShouldBeGreaterThan(1);
        // the non-zero 办理结果 rows of that table as the page runs them together, and （七）总计
        var rows = new List<(string, IReadOnlyList<IReadOnlyList<string>>)>
        {
            ("result.1", Splits("270020130")),
            ("result.2", Splits("5000005")),
            ("result.3.5", Splits("1000001")),
            ("result.3.7", Splits("6000006")),
            ("result.3.8", Splits("1000001")),
            ("result.4.1", Splits("220000325")),
            ("result.6.3", Splits("1000001")),
            ("result.total", Splits("630020469")),
        };
        var decided = ColumnTotals.Decide(rows);
        decided[0].ShouldBe(["27", "0", "0", "2", "0", "1", "30"]);
        decided[5].ShouldBe(["22", "0", "0", "0", "0", "3", "25"]);
        // without the total row nothing can be checked: the open rows stay open
        var withoutTotal = ColumnTotals.Decide(rows.Take(7).ToList());
        withoutTotal[0].ShouldBeNull();
        withoutTotal[5].ShouldBeNull();
    }
}
