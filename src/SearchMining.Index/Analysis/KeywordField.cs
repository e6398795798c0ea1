using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace SearchMining.Index.Analysis;

/// <summary>
/// A <see cref="StringField"/> (indexed as one token, not analysed): the same field type and value, but the inverting
/// thread hands its one token out through a token stream of its own, reused field after field. Lucene's own field makes
/// a new stream per field instance, and a new stream sets up its attributes through a factory that takes a global lock:
/// with a dozen keyword fields on each of ~16 documents a report, written from several threads, that was a fifth of the
/// writer's CPU. The index is the same (one token, offsets 0 to the value's length).
/// </summary>
internal sealed class KeywordField(string name, string value, Field.Store store)
    : Field(name, value, store == Field.Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
{
    [ThreadStatic]
    private static KeywordStream? t_stream;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new KeywordStream();
        stream.Value = GetStringValue() ?? throw new InvalidOperationException($"Keyword field {Name} has no value.");
        return stream;
    }

    private sealed class KeywordStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private string _value = "";
        private bool _used = true;

        public KeywordStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public string Value
        {
            set
            {
                _value = value;
                _used = false;
            }
        }

        public override bool IncrementToken()
        {
            if (_used) return false;
            ClearAttributes();
            _term.Append(_value);
            _offset.SetOffset(0, _value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_value.Length, _value.Length);
        }

        public override void Reset() => _used = false;
    }
}
