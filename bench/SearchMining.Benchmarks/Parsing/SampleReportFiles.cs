using SearchMining.Core.Corpus;

namespace SearchMining.Benchmarks.Parsing;

/// <summary>The report files of samples/reports, found by walking up to the folder holding SearchMining.sln.</summary>
public static class SampleReportFiles
{
    public static IReadOnlyList<string> All()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchMining.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("SearchMining.sln not found above " + AppContext.BaseDirectory);
        return Directory.EnumerateFiles(Path.Combine(dir.FullName, CorpusFolders.Samples), "*.txt").Order(StringComparer.Ordinal).ToList();
    }
}
