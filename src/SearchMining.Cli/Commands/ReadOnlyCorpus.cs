using SearchMining.Analysis.Jieba;
using SearchMining.Corpus;

namespace SearchMining.Cli.Commands;

/// <summary>
/// Opens an existing index for a read-only command (search, batch, export): no writer lock, no originals store, no
/// ingestion, so it runs while the service or an index run writes the folder.
/// </summary>
internal static class ReadOnlyCorpus
{
    /// <summary>The open corpus, or null after writing the reason to stderr (exit code 3 for the caller).</summary>
    public static ReportCorpus? Open(string indexPath)
    {
        var options = new CorpusOptions
        {
            IndexPath = indexPath,
            UseClassifier = false,
            IngestBundledReports = false,
            RebuildOnSchemaMismatch = false,
            ReadOnly = true,
        }.ResolvedAgainst(Environment.CurrentDirectory);
        if (!ReportCorpus.IndexExists(options))
        {
            Console.Error.WriteLine($"No index at {indexPath}: build one with `searchmining index <folder>` first.");
            return null;
        }
        var corpus = new ReportCorpus(options, JiebaSegmenter.CreateDefault());
        if (corpus.TryOpen() is { } openError)
        {
            corpus.Dispose();
            Console.Error.WriteLine(openError.Message);
            return null;
        }
        return corpus;
    }
}
