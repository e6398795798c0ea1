using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchMining.Core.Domain;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;

namespace SearchMining.Index.Searching.Subsections;

/// <summary>
/// Rebuilds, for chosen section documents, the section's and its subsections' documents exactly as the writer makes them
/// (<see cref="SectionDocumentBuilder.BuildSectionBlock"/>, from the stored report and the section's stored checks) into a
/// small in-memory index, blocks in the corpus's index order: subsection hits, facets, sorting and snippets are then the
/// Lucene code paths the subsection documents go through, over documents the corpus index no longer has to hold.
/// </summary>
internal static class SubsectionBlocks
{
    private static readonly HashSet<string> SectionFieldsToLoad = [IndexFields.ReportId, IndexFields.SectionOrdinal, IndexFields.Checks];

    /// <summary>The rebuilt blocks of <paramref name="sections"/> (section doc ids of <paramref name="corpus"/>, in index order).</summary>
    public static DirectoryReader Build(IndexSearcher corpus, IReadOnlyList<int> sections, Analyzer analyzer, bool smartCn)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = RankingSimilarity.Create(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            Report? report = null;
            string? reportId = null;
            foreach (var doc in sections)
            {
                var section = corpus.Doc(doc, SectionFieldsToLoad);
                var id = section.Get(IndexFields.ReportId);
                if (section.GetField(IndexFields.SectionOrdinal)?.GetInt32Value() is not { } ordinal || id is null) continue;
                if (!string.Equals(id, reportId, StringComparison.Ordinal))
                {
                    reportId = id;
                    report = LoadReport(corpus, id);
                }
                if (report is null) continue;
                var block = SectionDocumentBuilder.BuildSectionBlock(report, ordinal, smartCn, analyzer, section.GetValues(IndexFields.Checks));
                if (block.Count > 0) writer.AddDocuments(block);
            }
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    private static Report? LoadReport(IndexSearcher corpus, string reportId)
    {
        return ReportIndex.FindReportDoc(corpus, reportId) is { } doc ? StoredReportLoader.Load(corpus.IndexReader, doc) : null;
    }
}
