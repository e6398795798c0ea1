using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage.Codecs;

namespace SearchMining.Index.Storage;

/// <summary>
/// Reads the source text of every report stored in an index folder, whatever schema it was written with (of an older
/// schema's stored JSON only <c>id</c>, <c>sourceFile</c> and <c>sourceText</c> are read; from schema 8 the report is
/// restored from its body, <see cref="StoredReportLoader"/>), so
/// the reports of an index about to be rebuilt can be kept first.
/// </summary>
public static class StoredReportTexts
{
    /// <summary>The stored texts whose id <paramref name="wanted"/> accepts; empty when there is no readable index.</summary>
    public static IReadOnlyList<StoredReportText> Read(string path, Func<string, bool> wanted)
    {
        if (!System.IO.Directory.Exists(path)) return [];
        IndexCodec.EnsureRegistered();
        using var directory = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(directory)) return [];
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var fields = new HashSet<string> { IndexFields.ReportId, IndexFields.ReportJson, IndexFields.ReportBody };
        var top = searcher.Search(new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Report)), Math.Max(1, reader.MaxDoc));
        var texts = new List<StoredReportText>();
        foreach (var hit in top.ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc, fields);
            var id = document.Get(IndexFields.ReportId);
            if (id is null || !wanted(id)) continue;
            if (document.GetField(IndexFields.ReportBody) is not null)
            {
                // Schema 8 and later: the report restored from its body and its section documents.
                if (StoredReportLoader.Load(reader, hit.Doc, document) is { SourceText.Length: > 0 } report) texts.Add(new StoredReportText(id, report.SourceFile, report.SourceText));
                continue;
            }
            if (StoredReportJson.Read(document) is not { } json) continue;
            if (TextOf(json) is { } text) texts.Add(new StoredReportText(id, text.SourceFile, text.Text));
        }
        return texts;
    }

    private static (string SourceFile, string Text)? TextOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.TryGetProperty("sourceText", out var text) && text.ValueKind == JsonValueKind.String && text.GetString() is { Length: > 0 } value)
                return (root.TryGetProperty("sourceFile", out var file) && file.GetString() is { } name ? name : "(unnamed).txt", value);
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
