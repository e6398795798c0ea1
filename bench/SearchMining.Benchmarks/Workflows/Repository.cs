namespace SearchMining.Benchmarks.Workflows;

/// <summary>The repository root: the folder holding SearchMining.sln above the benchmark's binaries.</summary>
internal static class Repository
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchMining.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SearchMining.sln not found above " + AppContext.BaseDirectory);
    }
}
