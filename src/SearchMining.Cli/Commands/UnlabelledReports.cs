using SearchMining.Core.Ingestion;
using SearchMining.Mining.Distributional;

namespace SearchMining.Cli.Commands;

/// <summary>Reads the unlabelled dev report text of a repository (<see cref="UnlabelledText"/>) for `train` and `tune --distributional`.</summary>
internal static class UnlabelledReports
{
    public static async Task<IReadOnlyList<UnlabelledSentence>> ReadAsync(string repoRoot, CancellationToken ct)
    {
        var files = UnlabelledText.Files(repoRoot);
        var reader = new ReportFileReader();
        var sentences = await UnlabelledText.ReadAsync(files, reader.ReadAsync, ct);
        Console.WriteLine($"unlabelled text: {sentences.Count} sentences of sections 一 and 五 of {files.Count} dev report files ({sentences.Select(s => s.Agency).Distinct(StringComparer.Ordinal).Count()} agencies)");
        return sentences;
    }
}
