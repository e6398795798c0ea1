using Lucene.Net.Index;

namespace SearchMining.Scale.Commands;

/// <summary>A segment whose stored documents leave some fields out (postings, doc values and norms unchanged): for <c>recodec --without</c>.</summary>
internal sealed class StoredFieldsWithout(AtomicReader segment, IReadOnlySet<string> dropped) : FilterAtomicReader(segment)
{
    public override void Document(int docID, StoredFieldVisitor visitor) => base.Document(docID, new Skipping(visitor, dropped));

    private sealed class Skipping(StoredFieldVisitor inner, IReadOnlySet<string> dropped) : StoredFieldVisitor
    {
        public override Status NeedsField(FieldInfo fieldInfo) => dropped.Contains(fieldInfo.Name) ? Status.NO : inner.NeedsField(fieldInfo);
        public override void BinaryField(FieldInfo fieldInfo, byte[] value) => inner.BinaryField(fieldInfo, value);
        public override void StringField(FieldInfo fieldInfo, string value) => inner.StringField(fieldInfo, value);
        public override void Int32Field(FieldInfo fieldInfo, int value) => inner.Int32Field(fieldInfo, value);
        public override void Int64Field(FieldInfo fieldInfo, long value) => inner.Int64Field(fieldInfo, value);
        public override void SingleField(FieldInfo fieldInfo, float value) => inner.SingleField(fieldInfo, value);
        public override void DoubleField(FieldInfo fieldInfo, double value) => inner.DoubleField(fieldInfo, value);
    }
}
