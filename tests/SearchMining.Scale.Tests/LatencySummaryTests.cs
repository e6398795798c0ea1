using SearchMining.Scale.Measurement;
using Shouldly;

namespace SearchMining.Scale.Tests;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var values = Enumerable.Range(1, 200).Select(i => (double)(201 - i)).ToList(); // 200 … 1, unsorted input
        var summary = LatencySummary.Of(values);
        (summary.P50, summary.P95, summary.P99, summary.Max, summary.Count).ShouldBe((100.0, 190.0, 198.0, 200.0, 200));
        LatencySummary.Of([7.0]).P99.ShouldBe(7.0);
    }
}
