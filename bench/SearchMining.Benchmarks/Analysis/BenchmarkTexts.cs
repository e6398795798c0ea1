using System.Text;
using SearchMining.Core.Corpus;

namespace SearchMining.Benchmarks.Analysis;

/// <summary>
/// Texts for the segmentation benchmarks, as lines: "corpus" = every sample report in samples/reports;
/// "pku" = the SIGHAN 2005 PKU test text, read by path when present (SEARCHMINING_PKU_TEXT or
/// /work/shared/data/icwb2/pku_test.utf8), never copied into the repo.
/// </summary>
public static class BenchmarkTexts
{
    public const string Corpus = "corpus";
    public const string Pku = "pku";

    public static string[] Lines(string name) => name switch
    {
        Corpus => Directory.GetFiles(Path.Combine(RepoRoot(), CorpusFolders.Samples), "*.txt").Order()
            .SelectMany(File.ReadLines).Where(l => !string.IsNullOrWhiteSpace(l)).ToArray(),
        Pku => File.Exists(PkuPath) ? File.ReadAllLines(PkuPath, Encoding.UTF8) : [],
        _ => throw new ArgumentException($"unknown benchmark text '{name}'", nameof(name)),
    };

    public static long Utf8Bytes(string name) => Lines(name).Sum(l => (long)Encoding.UTF8.GetByteCount(l));

    public static string PkuPath =>
        Environment.GetEnvironmentVariable("SEARCHMINING_PKU_TEXT") is { Length: > 0 } path ? path : "/work/shared/data/icwb2/pku_test.utf8";

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchMining.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SearchMining.sln not found above " + AppContext.BaseDirectory);
    }
}
