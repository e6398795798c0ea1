using SearchMining.Corpus.Storage;
using SearchMining.Tests.Shared;

namespace SearchMining.Corpus.Tests.Fixtures;

/// <summary>Corpora over temp folders: an index folder, and a small bundled corpus copied from samples/reports.</summary>
public sealed class TestCorpus : IDisposable
{
    private readonly TempFolder _root = new("smcorpus");

    public TestCorpus(params string[] bundled)
    {
        Directory.CreateDirectory(BundledPath);
        foreach (var name in bundled) System.IO.File.Copy(RepoPaths.SampleReport(name), Path.Combine(BundledPath, name));
    }

    public string IndexPath => Path.Combine(_root.Path, "index");

    public string BundledPath => Path.Combine(_root.Path, "bundled");

    public string File(string name) => Path.Combine(_root.Path, name);

    /// <summary>Options for a corpus without themes (fast) over this folder.</summary>
    public CorpusOptions Options(bool bundled = true) => new()
    {
        IndexPath = IndexPath,
        CorpusPath = BundledPath,
        ModelPath = File("no-model.zip"),
        UseClassifier = false,
        IngestBundledReports = bundled,
    };

    public ReportCorpus Open(CorpusOptions? options = null) => new(options ?? Options(), SharedSegmenter.Instance);

    public static OriginalFile Upload(string sample, string? text = null, string? name = null) =>
        new(text is null ? System.IO.File.ReadAllBytes(RepoPaths.SampleReport(sample)) : System.Text.Encoding.UTF8.GetBytes(text), name ?? sample, "text/plain", OriginalOrigin.Upload);

    public void Dispose() => _root.Dispose();
}
