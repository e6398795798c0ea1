using Lucene.Net.Index;
using SearchMining.Index.Storage;
using Shouldly;

namespace SearchMining.Index.Tests.Storage;

/// <summary>Storage faults are told apart from bugs: a bug stays a 500, a fault becomes a 503 naming it.</summary>
public sealed class IndexFaultTests
{
    [Fact]
    public void Faults_are_recognised_by_kind_and_other_exceptions_are_not_faults()
    {
        IndexFault.From(new IOException("No space left on device", 28))!.Kind.ShouldBe(IndexFaultKind.OutOfDisk);
        IndexFault.From(new IOException("Read-only file system : '/data/index/_3.cfs'", 30))!.Kind.ShouldBe(IndexFaultKind.Unwritable);
        IndexFault.From(new UnauthorizedAccessException("Access to the path '/data/index/_3.fdt' is denied."))!.Kind.ShouldBe(IndexFaultKind.Unwritable);
        IndexFault.From(new CorruptIndexException("checksum failed (hardware problem?)"))!.Kind.ShouldBe(IndexFaultKind.Corrupt);
        IndexFault.From(new EndOfStreamException("read past EOF"))!.Kind.ShouldBe(IndexFaultKind.Corrupt);
        IndexFault.From(new InvalidOperationException("wrapper", new CorruptIndexException("inner")))!.Kind.ShouldBe(IndexFaultKind.Corrupt);
        IndexFault.From(new InvalidOperationException("a bug")).ShouldBeNull();
        IndexFault.From(ArgumentBug("value")).ShouldBeNull(); // not raised inside Lucene's file layer
    }

    private static ArgumentException ArgumentBug(string value) => new($"a bug in our code: {value}", nameof(value));
}
