namespace SearchMining.Scale.Measurement;

/// <summary>Everything one <c>run</c> measured, with the machine and its load at each stage (written as JSON next to the data).</summary>
internal sealed record ScaleRunResult(
    int Reports,
    int Seed,
    DateTimeOffset Started,
    string Machine,
    long InputBytes,
    IReadOnlyDictionary<string, string> LoadAverages,
    CliIngestResult? Ingest,
    ServiceResult? Service,
    ProfileResult? Profile);
