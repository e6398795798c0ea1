using SearchMining.Core.Parsing;
using SearchMining.Core.Parsing.Tables;
using Shouldly;

namespace SearchMining.Core.Tests.Parsing;

public class DigitRunSplitterTests
{
    private static bool TotalIsSum(IReadOnlyList<long> v) => v[^1] == v.Take(v.Count - 1).Sum();

    [Theory]
    [InlineData("640020470", "64,0,0,2,0,4,70")]
    [InlineData("0000000", "0,0,0,0,0,0,0")]
    [InlineData("1000001", "1,0,0,0,0,0,1")]
    [InlineData("4 0 0 0 0 0 4", "4,0,0,0,0,0,4")]
    public void Unique_splits_are_found(string run, string expected)
    {
        DigitRunSplitter.Split(run, 7, TotalIsSum)!.ShouldBe(expected.Split(','));
    }

    [Theory]
    [InlineData("270020130")] // 27,0,0,2,0,1,30 and 2,7,0,0,20,1,30
    [InlineData("20000121")]  // no split adds up
    public void Ambiguous_or_impossible_runs_are_not_split(string run)
    {
        DigitRunSplitter.Split(run, 7, TotalIsSum).ShouldBeNull();
    }

    [Theory]
    [InlineData("一", 1)]
    [InlineData("五", 5)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十一", 21)]
    public void Chinese_numerals(string numeral, int value)
    {
        ChineseNumerals.Parse(numeral).ShouldBe(value);
    }
}
