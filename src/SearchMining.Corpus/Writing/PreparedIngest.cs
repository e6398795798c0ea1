using SearchMining.Core.Domain;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus.Writing;

/// <summary>A parsed report, classified and prepared for the index (<see cref="CorpusWriter.Prepare"/>); <paramref name="Report"/> null when preparing failed.</summary>
internal sealed record PreparedIngest(Report Parsed, PreparedReport? Report, string? Warning)
{
    /// <summary>Its check results, computed beforehand with the previous report then known (<see cref="Derived.DerivedViews.Precompute"/>); null when not.</summary>
    public Derived.PackedChecks? Checks { get; init; }
}
