using SearchMining.Core.Domain;

namespace SearchMining.Corpus.Derived;

/// <summary>One write to the <see cref="DerivedStore"/>: reports gone, reports (re)arrived, and the check results computed (packed).</summary>
internal sealed record DerivedChanges(IReadOnlyCollection<string> Removed, IReadOnlyList<DerivedReport> Added, IReadOnlyList<PackedChecks> Computed);
