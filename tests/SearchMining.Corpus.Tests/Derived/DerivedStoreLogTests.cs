using SearchMining.Corpus.Checks;
using SearchMining.Corpus.Derived;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Derived;

/// <summary>
/// Closing a corpus leaves its derived store as one file: the write-ahead log is checkpointed into it and truncated, even
/// after the views read it through pooled connections (until round 16 the CLI left the last batch's whole log beside it).
/// </summary>
public sealed class DerivedStoreLogTests : IDisposable
{
    private readonly TestCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task A_closed_corpus_leaves_no_write_ahead_log_and_its_results_are_read_again()
    {
        string[] files = ["039_pingtan_shiyanqu_2021.txt", "040_pingtan_shiyanqu_2022.txt", "037_hongze_quzhengfu_2023.txt"];
        var wal = Path.Combine(_corpus.IndexPath, DerivedStore.FolderName, DerivedStore.FileName + "-wal");
        List<string> ids;
        using (var corpus = _corpus.Open(_corpus.Options(bundled: false)))
        {
            (await corpus.IngestFilesAsync([.. files.Select(RepoPaths.SampleReport)])).Added.ShouldBe(files.Length);
            ids = [.. corpus.ListReports(limit: 10).Items.Select(s => s.Id)];
            // Reads through the store's pooled connections, as the views and the checks do.
            ids.ShouldAllBe(id => new CorpusChecks(corpus).Of(id) != null);
            File.Exists(wal).ShouldBeTrue(); // open: the log is there
        }
        (File.Exists(wal) ? new FileInfo(wal).Length : 0).ShouldBe(0);

        using var reopened = _corpus.Open(_corpus.Options(bundled: false));
        ids.ShouldAllBe(id => new CorpusChecks(reopened).Of(id) != null);
    }

    [Fact]
    public void A_store_closed_twice_stays_closed()
    {
        var store = DerivedStore.Open(_corpus.IndexPath);
        store.Dispose();
        Should.NotThrow(store.Dispose);
        File.Exists(store.Path + "-wal").ShouldBeFalse();
    }
}
