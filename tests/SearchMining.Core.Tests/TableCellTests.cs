using SearchMining.Core.Domain;
using Shouldly;

namespace SearchMining.Core.Tests;

public class TableCellTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("／", true)]
    [InlineData("—", true)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void Slash_and_dash_mean_not_applicable_but_zero_and_blank_do_not(string raw, bool expected)
    {
        new TableCell(raw, null).IsNotApplicable.ShouldBe(expected);
    }

    [Fact]
    public void Blank_is_kept_apart_from_zero()
    {
        new TableCell("  ", null).IsBlank.ShouldBeTrue();
        new TableCell("0", 0m).IsBlank.ShouldBeFalse();
    }
}
