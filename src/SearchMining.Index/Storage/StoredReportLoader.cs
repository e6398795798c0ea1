using Lucene.Net.Documents;
using Lucene.Net.Index;
using SearchMining.Core.Domain;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Storage;

/// <summary>
/// Reads a whole report back from its report document (<see cref="StoredReportBody"/>, schema 8) and its section documents'
/// stored texts. The sections are found by position — a report's block is its sections (each followed by its subsections)
/// and then the report document, and Lucene keeps a block contiguous through merges and deletes — checked by their ids,
/// and looked up by id if the check fails (as <see cref="SectionTexts"/> finds a subsection's parent). An index of an
/// older schema (whole report JSON) is read as it was written.
/// </summary>
internal static class StoredReportLoader
{
    private static readonly HashSet<string> ReportFields = [IndexFields.ReportBody, IndexFields.ReportJson];
    private static readonly HashSet<string> SectionFields = [IndexFields.SectionId, IndexFields.Text];

    /// <summary>
    /// The report of report document <paramref name="reportDoc"/> (a top-level doc id of <paramref name="reader"/>); null when
    /// unreadable. <paramref name="document"/>: its stored fields when the caller has read them already (with the body).
    /// </summary>
    public static Report? Load(IndexReader reader, int reportDoc, Document? document = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        document ??= reader.Document(reportDoc, ReportFields);
        if (StoredReportJson.ReadBody(document) is not { } body) return StoredReportJson.TryDeserialize(StoredReportJson.Read(document));
        var texts = new Dictionary<int, string>();
        var block = body.Block().ToList();
        var position = reportDoc - block.Sum(b => 1 + b.Subsections);
        foreach (var (ordinal, subsections) in block)
        {
            var id = new SectionId(body.Report.Id, ordinal).ToString();
            var section = position >= 0 ? reader.Document(position, SectionFields) : null;
            if (section is null || !string.Equals(section.Get(IndexFields.SectionId), id, StringComparison.Ordinal))
                section = SectionTexts.FindSection(reader, id);
            if (section?.Get(IndexFields.Text) is { } text) texts[ordinal] = text;
            position += 1 + subsections;
        }
        return body.Restore(ordinal => texts.GetValueOrDefault(ordinal));
    }
}
