using System.Text;
using SearchMining.Corpus.Storage;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Storage;

public sealed class OriginalStoreTests : IDisposable
{
    private readonly TempFolder _folder = new("smstore");

    public void Dispose() => _folder.Dispose();

    private static OriginalFile Sample(string name, OriginalOrigin origin = OriginalOrigin.Upload) =>
        new(File.ReadAllBytes(RepoPaths.SampleReport(name)), name, "text/plain", origin) { SourceUrl = "https://www.hongze.gov.cn/report" };

    [Fact]
    public void A_kept_original_survives_reopening_with_its_bytes_and_metadata()
    {
        var file = Sample("037_hongze_quzhengfu_2023.txt");
        using (var store = OriginalStore.Open(_folder.Path))
        {
            store.Add(file, "r1").IsNew.ShouldBeTrue();
            store.Add(file, "r1").IsNew.ShouldBeFalse(); // the same bytes again: one row
        }
        using var reopened = OriginalStore.Open(_folder.Path);
        var kept = reopened.List().ShouldHaveSingleItem();
        kept.FileName.ShouldBe("037_hongze_quzhengfu_2023.txt");
        kept.ContentType.ShouldBe("text/plain");
        kept.SourceUrl.ShouldBe("https://www.hongze.gov.cn/report");
        kept.ReportId.ShouldBe("r1");
        kept.Size.ShouldBe(file.Content.Length);
        kept.ReceivedAt.ShouldBe(file.ReceivedAt, TimeSpan.FromMilliseconds(1));
        reopened.ReadContent(kept.Sequence).ShouldBe(file.Content);
        reopened.StateOf(file.Sha256).ShouldBe(OriginalState.Kept);
    }

    [Fact]
    public void A_completed_removal_drops_the_bytes_and_leaves_a_tombstone_while_a_cleared_one_keeps_everything()
    {
        using var store = OriginalStore.Open(_folder.Path);
        var deleted = Sample("037_hongze_quzhengfu_2023.txt");
        var kept = Sample("038_hongze_quzhengfu_2024.txt");
        store.Add(deleted, "r1");
        store.Add(kept, "r2");

        var marked = store.MarkPendingRemoval(["r1", "r2"], "deleted");
        marked.Count.ShouldBe(2);
        store.List().ShouldAllBe(o => o.PendingRemoval == "deleted");
        store.ClearPendingRemoval(marked.Skip(1));
        store.CompleteRemoval(marked.Take(1));

        store.List().Select(o => o.ReportId).ShouldBe(["r2"]);
        store.List().Single().PendingRemoval.ShouldBeNull();
        store.StateOf(deleted.Sha256).ShouldBe(OriginalState.Removed);
        store.WasRemoved("r1").ShouldBeTrue();
        store.WasRemoved("r2").ShouldBeFalse();
        store.Count().ShouldBe((1, 1));

        store.Add(deleted, "r1").IsNew.ShouldBeTrue(); // uploaded again on purpose: kept again, tombstone gone
        store.StateOf(deleted.Sha256).ShouldBe(OriginalState.Kept);
    }

    [Fact]
    public void Undo_takes_back_a_new_original_and_restores_a_changed_report_id()
    {
        using var store = OriginalStore.Open(_folder.Path);
        var file = Sample("037_hongze_quzhengfu_2023.txt");
        var added = store.Add(file, "r1");
        var moved = store.Add(file, "r1-reparsed");
        moved.PreviousReportId.ShouldBe("r1");

        store.Undo(moved);
        store.List().Single().ReportId.ShouldBe("r1");
        store.Undo(added);
        store.List().ShouldBeEmpty();
        store.StateOf(file.Sha256).ShouldBe(OriginalState.Unknown);
    }

    [Fact]
    public void Recovered_text_gives_way_to_a_real_original_of_the_same_report()
    {
        using var store = OriginalStore.Open(_folder.Path);
        store.Add(new OriginalFile(Encoding.UTF8.GetBytes("正文"), "a.pdf", "text/plain", OriginalOrigin.Recovered), "r1");
        store.DropRecovered("r1").ShouldBe(0); // nothing better kept yet
        store.Add(Sample("037_hongze_quzhengfu_2023.txt", OriginalOrigin.Bundled), "r1");
        store.DropRecovered("r1").ShouldBe(1);
        store.List().Single().Origin.ShouldBe(OriginalOrigin.Bundled);
    }
}
