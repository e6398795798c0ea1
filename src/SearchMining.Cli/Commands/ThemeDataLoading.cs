using SearchMining.Mining.Dataset;
using SearchMining.Mining.Themes;

namespace SearchMining.Cli.Commands;

/// <summary>Reads labels.jsonl and the corpus labels into a <see cref="ThemeDataset"/>, printing every problem.</summary>
internal static class ThemeDataLoading
{
    public static async Task<(ThemeDataset? Data, bool Ok)> LoadAsync(string labelsPath, string? corpusPath, CancellationToken ct)
    {
        corpusPath ??= ThemeModelFiles.RealCorpus(".");
        var labels = await new LabelFile().ReadAsync(labelsPath, ct);
        var corpus = await new LabelFile().ReadAsync(corpusPath, ct);
        foreach (var error in labels.Errors) Console.Error.WriteLine($"{labelsPath}: {error}");
        foreach (var error in corpus.Errors) Console.Error.WriteLine($"{corpusPath}: {error}");
        if (labels.Errors.Count > 0 || corpus.Errors.Count > 0) return (null, false);
        var (data, errors) = ThemeDataset.Create(labels, corpus);
        foreach (var error in errors) Console.Error.WriteLine($"{corpusPath}: {error}");
        return (data, data is not null);
    }
}
