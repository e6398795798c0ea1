namespace SearchMining.Tests.Shared;

/// <summary>Locates the repository root (the folder holding SearchMining.sln) from the test's working directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleReports => Path.Combine(Root, "samples", "reports");

    public static string SampleReport(string fileName) => Path.Combine(SampleReports, fileName);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchMining.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SearchMining.sln not found above " + AppContext.BaseDirectory);
    }
}
