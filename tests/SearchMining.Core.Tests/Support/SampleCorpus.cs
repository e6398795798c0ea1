using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Tests.Shared;

namespace SearchMining.Core.Tests.Support;

/// <summary>Every report of samples/reports parsed once through <see cref="ReportFileReader"/> and shared by the corpus tests.</summary>
public sealed class SampleCorpus : IAsyncLifetime
{
    private readonly Dictionary<string, ParseOutcome> _outcomes = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ParseOutcome> Outcomes => _outcomes;

    public async Task InitializeAsync()
    {
        var reader = new ReportFileReader();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleReports, "*.txt").Order(StringComparer.Ordinal))
            _outcomes[Path.GetFileName(file)] = await reader.ReadAsync(file, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The parsed report of a sample whose file name starts with <paramref name="prefix"/> (e.g. "000_").</summary>
    public Report Report(string prefix)
    {
        var match = _outcomes.Single(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal));
        return match.Value.Report ?? throw new InvalidOperationException($"{match.Key} did not parse: {match.Value.Error}");
    }

    public static string Text(string prefix) =>
        File.ReadAllText(Directory.EnumerateFiles(RepoPaths.SampleReports, prefix + "*.txt").Single());
}
