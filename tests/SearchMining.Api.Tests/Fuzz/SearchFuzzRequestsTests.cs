using Shouldly;

namespace SearchMining.Api.Tests.Fuzz;

/// <summary>What <see cref="SearchFuzzTests"/> sends: every value of every input class, the same requests each run.</summary>
public sealed class SearchFuzzRequestsTests
{
    [Fact]
    public void The_requests_hold_every_value_of_every_class_and_are_the_same_each_run()
    {
        var requests = SearchFuzzTests.AllRequests();

        requests.Count.ShouldBe(SearchFuzzTests.Requests);
        requests.ShouldBe(SearchFuzzTests.AllRequests()); // seeded: a failure found once is found again
        var encoded = requests.Where(r => r.Length > 3).ToList();
        foreach (var piece in SearchFuzzTests.PieceClasses.SelectMany(c => c.Values))
            encoded.Any(r => r.Contains(SearchFuzzTests.Encode(piece), StringComparison.Ordinal)).ShouldBeTrue(piece); // Any: Shouldly's predicate form compiles the expression each call
        foreach (var (name, values) in SearchFuzzTests.ParameterValues)
            foreach (var value in values)
                requests.Any(r => r.EndsWith("&" + name + "=" + SearchFuzzTests.Encode(value), StringComparison.Ordinal)).ShouldBeTrue(name + "=" + value);
        foreach (var broken in SearchFuzzTests.BrokenEscapes) requests.ShouldContain("?q=" + broken);
        var mixes = requests.Skip(SearchFuzzTests.EveryValueOnce().Count).ToList();
        mixes.Distinct().Count().ShouldBeGreaterThan(mixes.Count / 2); // a stream of mixes, not one mix again and again
    }
}
