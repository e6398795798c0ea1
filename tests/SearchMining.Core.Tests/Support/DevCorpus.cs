using System.Collections.Concurrent;
using SearchMining.Core.Corpus;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Tests.Shared;

namespace SearchMining.Core.Tests.Support;

/// <summary>
/// Reports of the real corpus (data/corpus) read once per test run. Only files of the <b>dev</b> split may be used in
/// tests (data/corpus/SPLIT.md): asking for any other file throws, so no test ever reads the test split.
/// </summary>
internal static class DevCorpus
{
    private static readonly CorpusSplit Split = CorpusSplit.ForRepository(RepoPaths.Root);
    private static readonly ConcurrentDictionary<string, Lazy<ParseOutcome>> Outcomes = new(StringComparer.Ordinal);

    /// <summary>Path of a dev file, e.g. <c>pages/p004_zijin_fenganzhen_2012.txt</c>.</summary>
    public static string PathOf(string relative)
    {
        var path = Path.Combine(RepoPaths.Root, "data", "corpus", relative);
        if (!Split.IsDev(path)) throw new InvalidOperationException($"{relative} is not in the dev split: tests may not read it.");
        return path;
    }

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static Report Report(string relative)
    {
        var outcome = Outcomes.GetOrAdd(relative, r => new Lazy<ParseOutcome>(() =>
            new ReportFileReader().ReadAsync(PathOf(r), CancellationToken.None).GetAwaiter().GetResult())).Value;
        return outcome.Report ?? throw new InvalidOperationException($"{relative} did not parse: {outcome.Error}");
    }

    /// <summary>Every dev report text of data/corpus.</summary>
    public static IEnumerable<string> DevFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "data", "corpus"), "*.txt", SearchOption.AllDirectories)
            .Where(Split.IsDev).Order(StringComparer.Ordinal);
}
