using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Derived;

/// <summary>A report's check results with their stored blob (<see cref="DerivedStore.Pack"/>): packing runs where the results are computed, not on the writer.</summary>
internal sealed record PackedChecks(ReportChecks Checks, byte[] Packed)
{
    public static PackedChecks Of(ReportChecks checks) => new(checks, DerivedStore.Pack(checks.Results));
}
