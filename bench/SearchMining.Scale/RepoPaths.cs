using SearchMining.Core.Corpus;

namespace SearchMining.Scale;

/// <summary>Where the repository and its Release builds are (the folder holding SearchMining.sln, found upwards from here).</summary>
internal sealed record RepoPaths(string Root)
{
    public string CliDll => Path.Combine(Root, "src", "SearchMining.Cli", "bin", "Release", "net10.0", "searchmining.dll");
    public string ApiDll => Path.Combine(Root, "src", "SearchMining.Api", "bin", "Release", "net10.0", "SearchMining.Api.dll");
    public string Model => Path.Combine(Root, "models", "theme-classifier.zip");
    public string QueryMix => Path.Combine(Root, "bench", "SearchMining.Scale", "query-mix.tsv");
    /// <summary>
    /// The sources recombined by default: the bundled sample reports (12 of them have all six template sections, as in
    /// issue 18). Add data/corpus with --source for more variety; the default stays fixed so that runs compare over time.
    /// </summary>
    public IReadOnlyList<string> DefaultSources => [Path.Combine(Root, CorpusFolders.Samples)];

    public static RepoPaths Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchMining.sln"))) return new RepoPaths(dir.FullName);
        }
        throw new InvalidOperationException("SearchMining.sln not found above " + AppContext.BaseDirectory);
    }
}
