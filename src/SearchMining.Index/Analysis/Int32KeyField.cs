using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace SearchMining.Index.Analysis;

/// <summary>
/// An <see cref="Int32Field"/> (same type, value and trie terms) whose numeric token stream is the inverting thread's own,
/// reused field after field instead of a new one per field instance (see <see cref="KeywordField"/> for why).
/// </summary>
internal sealed class Int32KeyField : Field
{
    [ThreadStatic]
    private static NumericTokenStream? t_stream;

    private readonly int _value;

    public Int32KeyField(string name, int value, Store store)
        : base(name, store == Store.YES ? Int32Field.TYPE_STORED : Int32Field.TYPE_NOT_STORED)
    {
        _value = value;
        FieldsData = J2N.Numerics.Int32.GetInstance(value);
    }

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var step = FieldType.NumericPrecisionStep;
        if (t_stream is not { } stream || stream.PrecisionStep != step) t_stream = stream = new NumericTokenStream(step);
        return stream.SetInt32Value(_value);
    }
}
