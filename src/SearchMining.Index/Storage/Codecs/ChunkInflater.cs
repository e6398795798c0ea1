using System.Globalization;
using System.IO.Compression;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchMining.Index.Storage.Codecs;

/// <summary>
/// Reads one stored-fields chunk written by <see cref="DeflateChunks"/> (HIGH_COMPRESSION's format). Lucene's own reader of
/// that format inflates the whole chunk through a growing <see cref="MemoryStream"/> and copies it out (up to 128 KiB
/// allocated for a 64 KiB chunk, a large-object array, on every document read). This one inflates into a buffer kept with
/// the reader (one per segment and thread, like the reader), stops once the document asked for is inflated, and remembers
/// the last chunk it read: another document of that chunk (a report's sections are adjacent documents) is read from the
/// buffer, its compressed bytes not read again — inflating the rest of the chunk where the first read stopped short. The
/// bytes are DEFLATE's either way (same stream, same inflater).
/// </summary>
internal sealed class ChunkInflater : Decompressor
{
    private byte[] _compressed = [];
    private byte[] _inflated = [];
    private int _compressedLength;

    // The chunk in the buffers: which input, where its compressed bytes start and end, its inflated length, how much of it is inflated.
    private IndexInput? _input;
    private long _start = -1;
    private long _end;
    private int _originalLength;
    private int _done;

    /// <summary>
    /// On this thread, read chunks as Lucene's own reader of the format does (whole, through a growing stream, copied out):
    /// only for benchmarks comparing the two (search-cost --against lucene-inflate).
    /// </summary>
    [ThreadStatic] internal static bool LuceneWay;

    private Decompressor? _lucene;

    public override void Decompress(DataInput @in, int originalLength, int offset, int length, BytesRef bytes)
    {
        if (LuceneWay)
        {
            _input = null;
            (_lucene ??= Lucene.Net.Codecs.Compressing.CompressionMode.HIGH_COMPRESSION.NewDecompressor()).Decompress(@in, originalLength, offset, length, bytes);
            return;
        }
        if (offset < 0 || length < 0 || offset + length > originalLength)
            throw new CorruptIndexException($"Corrupted: offset {offset} + length {length} over the chunk's {originalLength} (resource={@in})");
        if (length == 0)
        {
            bytes.Length = 0;
            return;
        }
        // A checksummed input (a merge reading every chunk once) is read as it comes: its position cannot go back.
        var input = @in is IndexInput indexed and not ChecksumIndexInput ? indexed : null;
        var start = input?.Position ?? -1;
        if (input is not null && ReferenceEquals(input, _input) && start == _start && originalLength == _originalLength)
        {
            input.Seek(_end);
            // A document past where the first read stopped: the chunk is likely read again, so inflate all of it.
            if (_done < offset + length) Inflate(originalLength, @in);
        }
        else
        {
            _input = null;
            _compressedLength = @in.ReadVInt32();
            if (_compressedLength < 0) throw new CorruptIndexException($"Corrupted: compressed length {_compressedLength} (resource={@in})");
            if (_compressed.Length < _compressedLength) _compressed = new byte[ArrayUtil.Oversize(_compressedLength, 1)];
            @in.ReadBytes(_compressed, 0, _compressedLength);
            if (_inflated.Length < originalLength) _inflated = new byte[ArrayUtil.Oversize(originalLength, 1)];
            _originalLength = originalLength;
            _done = 0;
            Inflate(offset + length, @in);
            (_input, _start, _end) = (input, start, input?.Position ?? -1);
        }
        bytes.Bytes = _inflated;
        bytes.Offset = offset;
        bytes.Length = length;
    }

    /// <summary>Inflates the chunk from its start until at least <paramref name="need"/> bytes are out (all of it checks its length).</summary>
    private void Inflate(int need, DataInput resource)
    {
        _done = 0;
        using var source = new MemoryStream(_compressed, 0, _compressedLength, writable: false);
        using var inflater = new DeflateStream(source, System.IO.Compression.CompressionMode.Decompress);
        while (_done < need)
        {
            var read = inflater.Read(_inflated, _done, _originalLength - _done);
            if (read == 0) break;
            _done += read;
        }
        if (_done < need || _done == _originalLength && inflater.ReadByte() >= 0)
        {
            _input = null;
            throw new CorruptIndexException($"Corrupted: the chunk inflates to {(_done < need ? _done.ToString(CultureInfo.InvariantCulture) : "more")} bytes, not {_originalLength} (resource={resource})");
        }
    }

    public override object Clone() => new ChunkInflater();
}
