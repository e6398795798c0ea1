namespace SearchMining.Scale.Measurement;

/// <summary>
/// An ingest through the real CLI: wall time, rates, index size on disk against the input text, peak memory, the rate of
/// each commit batch (to see ingest slow down as segments merge), and the CLI's exit code and summary line.
/// </summary>
internal sealed record CliIngestResult(
    int Reports,
    long InputBytes,
    double Seconds,
    double ReportsPerSecond,
    double MiBPerSecond,
    long IndexBytes,
    double IndexToInput,
    double PeakRssMiB,
    IReadOnlyList<double> BatchReportsPerSecond,
    int ExitCode,
    string Summary)
{
    /// <summary>The kept originals (the corpus's SQLite store inside the index folder), not counted in <see cref="IndexBytes"/>.</summary>
    public long OriginalsBytes { get; init; }
}
