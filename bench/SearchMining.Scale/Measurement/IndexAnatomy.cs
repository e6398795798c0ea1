using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchMining.Scale.Measurement;

/// <summary>What one field costs: stored bytes (UTF-8 of string values, length of binary ones) and postings statistics.</summary>
internal sealed record FieldAnatomy(string Field, long StoredBytes, long Terms, long SumDocFreq, long SumTotalTermFreq);

/// <summary>Where the index's size comes from: documents per kind, files by extension, and per-field stored bytes and postings.</summary>
internal sealed record IndexAnatomy(IReadOnlyDictionary<string, int> DocumentsByKind, IReadOnlyDictionary<string, long> BytesByExtension, IReadOnlyList<FieldAnatomy> Fields)
{
    /// <summary>Reads a committed index read-only (no write lock, so a service may hold the index meanwhile).</summary>
    public static IndexAnatomy Read(string path)
    {
        SearchMining.Index.Storage.Codecs.IndexCodec.EnsureRegistered();
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var document = reader.Document(doc);
            foreach (var field in document.Fields)
            {
                long bytes = field.GetStringValue() is { } s ? System.Text.Encoding.UTF8.GetByteCount(s)
                    : field.GetBinaryValue() is { } b ? b.Length
                    : 4;
                stored[field.Name] = stored.GetValueOrDefault(field.Name) + bytes;
            }
            var kind = document.Get("docKind") ?? "?";
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }
        var fields = new List<FieldAnatomy>();
        var names = MultiFields.GetIndexedFields(reader).Concat(stored.Keys).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var terms = MultiFields.GetTerms(reader, name);
            long count = 0;
            if (terms is not null)
            {
                var e = terms.GetEnumerator();
                while (e.MoveNext()) count++;
            }
            fields.Add(new FieldAnatomy(name, stored.GetValueOrDefault(name), count, terms?.SumDocFreq ?? 0, terms?.SumTotalTermFreq ?? 0));
        }
        var byExtension = System.IO.Directory.EnumerateFiles(path)
            .GroupBy(f => Path.GetExtension(f).TrimStart('.'))
            .ToDictionary(g => g.Key, g => g.Sum(f => new FileInfo(f).Length));
        return new IndexAnatomy(kinds, byExtension, fields.OrderByDescending(f => f.StoredBytes + f.SumTotalTermFreq).ToList());
    }
}
