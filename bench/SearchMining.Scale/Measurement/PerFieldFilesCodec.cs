using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene41;
using Lucene.Net.Codecs.Lucene45;
using Lucene.Net.Codecs.Lucene46;
using SearchMining.Index.Storage.Codecs;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// For measuring only (never opened again): the index's codec with every field's postings and doc values in files of
/// their own — one postings format and one doc values format instance per field, so Lucene's per-field formats give
/// each field its own suffix (<c>_0_Lucene41_N.tim</c>, <c>_0_Lucene45_N.dvd</c>). Same encodings as the index's.
/// </summary>
[CodecName("SearchMiningPerFieldFiles")]
internal sealed class PerFieldFilesCodec : FilterCodec
{
    private readonly StoredFieldsFormat _stored = new CompactStoredFieldsCodec().StoredFieldsFormat;

    public PerFieldFilesCodec()
        : base(new Separate())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => _stored;

    private sealed class Separate : Lucene46Codec
    {
        private readonly Dictionary<string, PostingsFormat> _postings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DocValuesFormat> _docValues = new(StringComparer.Ordinal);

        public override PostingsFormat GetPostingsFormatForField(string field)
        {
            lock (_postings)
            {
                if (!_postings.TryGetValue(field, out var format)) _postings[field] = format = new Lucene41PostingsFormat();
                return format;
            }
        }

        public override DocValuesFormat GetDocValuesFormatForField(string field)
        {
            lock (_docValues)
            {
                if (!_docValues.TryGetValue(field, out var format)) _docValues[field] = format = new Lucene45DocValuesFormat();
                return format;
            }
        }
    }
}
