using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchMining.Scale.Measurement;

/// <summary>
/// What an index holds, independent of how it is cut into segments and of the order its documents were added in: every
/// live document's stored fields, every posting (term, document, frequency, positions, offsets, payloads), every doc
/// value and norm — each item hashed with its document's stored fields standing for the document, and the hashes summed
/// (order-free). Two indexes with equal digests hold the same documents, terms, postings, doc values and norms; a
/// writer-only change (segments, merges, compound files, threads) must leave every line equal.
/// </summary>
internal static class IndexDigest
{
    /// <summary>One line per part (documents, stored fields, postings per field, doc values, norms): name, count, sum of hashes.</summary>
    public static IReadOnlyList<string> Read(string path)
    {
        SearchMining.Index.Storage.Codecs.IndexCodec.EnsureRegistered();
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var parts = new SortedDictionary<string, (long Count, ulong Sum)>(StringComparer.Ordinal);
        void Add(string part, ulong hash)
        {
            var (count, sum) = parts.GetValueOrDefault(part);
            parts[part] = (count + 1, unchecked(sum + Mix(hash)));
        }
        var segments = 0;
        foreach (var context in reader.Leaves)
        {
            segments++;
            var leaf = context.AtomicReader;
            var live = leaf.LiveDocs;
            var keys = new ulong[leaf.MaxDoc];
            for (var doc = 0; doc < leaf.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var h = Seed;
                foreach (var field in leaf.Document(doc).Fields)
                {
                    h = Text(h, field.Name);
                    if (field.GetStringValue() is { } s) h = Text(h ^ 1, s);
                    else if (field.GetBinaryValue() is { } b) h = Bytes(h ^ 2, b);
                    else if (Numeric(field) is { } n) h = Text(h ^ 3, n);
                }
                keys[doc] = Mix(h);
                Add("documents", keys[doc]);
            }
            foreach (var info in leaf.FieldInfos)
            {
                var name = info.Name;
                var nameHash = Text(Seed, name);
                if (info.IsIndexed && leaf.GetTerms(name) is { } terms)
                {
                    var termsEnum = terms.GetEnumerator();
                    DocsAndPositionsEnum? positions = null;
                    DocsEnum? docs = null;
                    while (termsEnum.MoveNext())
                    {
                        var term = Bytes(nameHash, termsEnum.Term);
                        Add("terms " + name, term); // counted per segment: equal only for equal segment cuts; see "postings"
                        positions = termsEnum.DocsAndPositions(live, positions, DocsAndPositionsFlags.OFFSETS | DocsAndPositionsFlags.PAYLOADS);
                        var iterator = positions ?? (docs = termsEnum.Docs(live, docs, DocsFlags.FREQS));
                        while (iterator.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                        {
                            var h = Mix(term ^ keys[iterator.DocID]) ^ (ulong)iterator.Freq;
                            if (positions is not null)
                            {
                                for (var i = 0; i < positions.Freq; i++)
                                {
                                    h = Mix(h ^ (ulong)positions.NextPosition());
                                    h = Mix(h ^ ((ulong)(uint)positions.StartOffset << 32 | (uint)positions.EndOffset));
                                    if (positions.GetPayload() is { } payload) h = Bytes(h, payload);
                                }
                            }
                            Add("postings " + name, h);
                        }
                    }
                }
                if (info.HasNorms && leaf.GetNormValues(name) is { } norms)
                    for (var doc = 0; doc < leaf.MaxDoc; doc++)
                        if (live is null || live.Get(doc)) Add("norms " + name, Mix(nameHash ^ keys[doc]) ^ (ulong)norms.Get(doc));
                if (info.HasDocValues) DocValues(leaf, info, nameHash, keys, live, Add);
            }
        }
        // Terms are per segment; the corpus-wide statistics are what scoring reads.
        var lines = new List<string> { $"segments {segments} (not compared), live documents {reader.NumDocs}" };
        foreach (var field in MultiFields.GetIndexedFields(reader).Order(StringComparer.Ordinal))
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null) continue;
            long count = 0;
            var e = terms.GetEnumerator();
            while (e.MoveNext()) count++;
            lines.Add($"field {field}: {count} terms, sumDocFreq {terms.SumDocFreq}, sumTotalTermFreq {terms.SumTotalTermFreq}, docCount {terms.DocCount}");
        }
        lines.AddRange(parts.Where(p => !p.Key.StartsWith("terms ", StringComparison.Ordinal)).Select(p => $"{p.Key}: {p.Value.Count} items, {p.Value.Sum:x16}"));
        return lines;
    }

    private static void DocValues(AtomicReader leaf, FieldInfo info, ulong nameHash, ulong[] keys, IBits? live, Action<string, ulong> add)
    {
        var part = "docvalues " + info.Name;
        var bytes = new BytesRef();
        for (var doc = 0; doc < leaf.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var h = Mix(nameHash ^ keys[doc]);
            switch (info.DocValuesType)
            {
                case DocValuesType.NUMERIC:
                    h ^= (ulong)leaf.GetNumericDocValues(info.Name).Get(doc);
                    break;
                case DocValuesType.BINARY:
                    leaf.GetBinaryDocValues(info.Name).Get(doc, bytes);
                    h = Bytes(h, bytes);
                    break;
                case DocValuesType.SORTED:
                    leaf.GetSortedDocValues(info.Name).Get(doc, bytes);
                    h = Bytes(h, bytes);
                    break;
                case DocValuesType.SORTED_SET:
                    var set = leaf.GetSortedSetDocValues(info.Name);
                    set.SetDocument(doc);
                    long ord;
                    while ((ord = set.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        set.LookupOrd(ord, bytes);
                        h = Bytes(Mix(h), bytes);
                    }
                    break;
                default:
                    continue;
            }
            add(part, h);
        }
    }

    private static string? Numeric(IIndexableField field) => field.NumericType switch
    {
        NumericFieldType.INT32 => field.GetInt32Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NumericFieldType.INT64 => field.GetInt64Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NumericFieldType.SINGLE => field.GetSingleValue()?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        NumericFieldType.DOUBLE => field.GetDoubleValue()?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private const ulong Seed = 14695981039346656037UL;

    private static ulong Text(ulong h, string text) => Bytes(h, new BytesRef(Encoding.UTF8.GetBytes(text)));

    private static ulong Bytes(ulong h, BytesRef bytes)
    {
        for (var i = 0; i < bytes.Length; i++) h = unchecked((h ^ bytes.Bytes[bytes.Offset + i]) * 1099511628211UL);
        return Mix(h ^ (ulong)bytes.Length);
    }

    /// <summary>splitmix64's finaliser: spreads every input bit over the output, so sums of hashes do not cancel.</summary>
    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
            x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
            return x ^ (x >> 31);
        }
    }
}
