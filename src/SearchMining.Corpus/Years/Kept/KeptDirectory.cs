namespace SearchMining.Corpus.Years.Kept;

/// <summary>A resolved agency directory as kept: every report once, in the order resolution read them, and the agencies and unidentified reports by position.</summary>
internal sealed record KeptDirectory(IReadOnlyList<KeptReport> Reports, IReadOnlyList<KeptAgency> Agencies, IReadOnlyList<int> Unidentified);
