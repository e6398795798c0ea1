using Lucene.Net.Index;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Storage;

/// <summary>Walks every live section and subsection document of an index in index order (one searcher for the whole walk), for exports.</summary>
public static class StoredSections
{
    /// <returns>The number of documents visited.</returns>
    public static int Visit(ReportIndex index, Action<StoredSection> visit)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(visit);
        return index.WithSearcher(searcher =>
        {
            var count = 0;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                var live = reader.LiveDocs;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    var d = SectionTexts.Load(reader, doc);
                    var kind = d.Get(IndexFields.DocKind);
                    if (kind is not (DocumentKinds.Section or DocumentKinds.Subsection)) continue;
                    visit(new StoredSection(
                        kind,
                        d.Get(IndexFields.SectionId),
                        d.Get(IndexFields.ParentSectionId),
                        d.Get(IndexFields.ReportId),
                        d.Get(IndexFields.SourceFile),
                        d.Get(IndexFields.Agency),
                        d.Get(IndexFields.Province),
                        d.Get(IndexFields.City),
                        d.Get(IndexFields.County),
                        d.Get(IndexFields.Level),
                        d.GetField(IndexFields.Year)?.GetInt32Value(),
                        d.GetField(IndexFields.PublishDate)?.GetInt32Value(),
                        d.Get(IndexFields.SectionNumber) ?? "",
                        d.Get(IndexFields.SectionTopic) ?? "",
                        d.Get(IndexFields.Title) ?? "",
                        d.Get(IndexFields.SubsectionTitle),
                        d.Get(IndexFields.Text) ?? "",
                        d.GetValues(IndexFields.Themes),
                        d.GetValues(IndexFields.Kinds),
                        d.GetValues(IndexFields.Checks)));
                    count++;
                }
            }
            return count;
        });
    }
}
