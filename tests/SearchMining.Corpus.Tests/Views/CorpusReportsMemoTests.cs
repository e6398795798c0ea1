using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Corpus.Views;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Views;

/// <summary>
/// A view's answer memoised on the index version (<see cref="CorpusReports.Memo{T}"/>): a warm call with the same key
/// reuses the answer without walking the digests again, another key computes its own, and an ingest or a delete (a new
/// version) makes the next call recompute from the changed corpus — two real Hongze reports.
/// </summary>
public sealed class CorpusReportsMemoTests : IDisposable
{
    private readonly TempFolder _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task An_answer_is_reused_until_the_index_changes()
    {
        using var corpus = new ReportCorpus(new CorpusOptions { IndexPath = _index.Path, UseClassifier = false, IngestBundledReports = false }, SharedSegmenter.Instance);
        (await corpus.IngestFilesAsync([RepoPaths.SampleReport("037_hongze_quzhengfu_2023.txt")])).Errors.ShouldBeEmpty();

        var computed = 0;
        IReadOnlyList<string> Years(IReadOnlyList<ReportDigest> all)
        {
            computed++;
            return all.Select(r => r.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-").Order(StringComparer.Ordinal).ToList();
        }

        var first = corpus.Reports.Memo("years", Years);
        first.ShouldBe(["2023"]);
        corpus.Reports.Memo("years", Years).ShouldBeSameAs(first);
        computed.ShouldBe(1);
        corpus.Reports.Memo("years|other filter", Years).ShouldBe(["2023"]);
        computed.ShouldBe(2);

        (await corpus.IngestFilesAsync([RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt")])).Errors.ShouldBeEmpty();
        corpus.Reports.Memo("years", Years).ShouldBe(["2023", "2024"]);
        computed.ShouldBe(3);

        var id2023 = corpus.Reports.All().Single(r => r.Year == 2023).Id;
        (await corpus.DeleteAsync(id2023)).ShouldBeTrue();
        corpus.Reports.Memo("years", Years).ShouldBe(["2024"]);
        computed.ShouldBe(4);
    }
}
