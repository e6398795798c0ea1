using SearchMining.Corpus.Storage;
using SearchMining.Corpus.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Corpus.Tests.Storage;

/// <summary>In one process; the two-process case (service + CLI) is in Processes/SecondWriterTests.</summary>
public sealed class WriterLockTests : IDisposable
{
    private readonly TempFolder _folder = new("smlock");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_second_writer_is_refused_naming_the_holder_and_gets_the_lock_once_it_is_released()
    {
        using (var first = WriterLock.Acquire(_folder.Path))
        {
            var refused = Should.Throw<WriterLockedException>(() => WriterLock.Acquire(_folder.Path));
            refused.Holder.ShouldNotBeNull();
            refused.Holder.ProcessId.ShouldBe(Environment.ProcessId);
            refused.Holder.Host.ShouldBe(Environment.MachineName);
            refused.Message.ShouldContain($"process {Environment.ProcessId} on {Environment.MachineName}");
            refused.Message.ShouldContain("POST /api/reports");
        }
        using var again = WriterLock.Acquire(_folder.Path);
        File.Exists(Path.Combine(_folder.Path, WriterLock.HolderFileName)).ShouldBeTrue();
    }
}
