namespace SearchMining.Api.Configuration;

/// <summary>Finds the repository root: the nearest folder at or above a start folder that holds SearchMining.sln.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFile = "SearchMining.sln";

    public static string? FindFrom(params string?[] startFolders)
    {
        foreach (var start in startFolders)
        {
            if (string.IsNullOrWhiteSpace(start)) continue;
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
            }
        }
        return null;
    }
}
