namespace SearchMining.Api.Configuration;

/// <summary>The configured paths made absolute: against the repository root when there is one, else the content root.</summary>
public sealed record ServicePaths(string BaseFolder, string IndexPath, string CorpusPath, string ModelPath)
{
    public static ServicePaths Resolve(SearchMiningOptions options, string contentRoot)
    {
        var baseFolder = RepositoryRoot.FindFrom(contentRoot, AppContext.BaseDirectory) ?? contentRoot;
        string Full(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseFolder, path));
        return new ServicePaths(baseFolder, Full(options.IndexPath), Full(options.CorpusPath), Full(options.ModelPath));
    }
}
