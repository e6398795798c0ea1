namespace SearchMining.Index.Schema;

/// <summary>Version of the document layout; stored in every commit's user data.</summary>
public static class IndexSchema
{
    /// <summary>Bump whenever fields, analyzers or the document layout change (an older index must be rebuilt).</summary>
    public const int Version = 13; // 5: preamble + SmartCn + checks facet; 6: report JSON stored Brotli-compressed; 7: subsection text as a range of its section's; 8: the report stored without the texts its section documents hold (reportBody); 9: stored fields DEFLATE-compressed in 64 KiB chunks (Storage/Codecs/CompactStoredFieldsCodec); 10: no reportDigest (the views' digest is read from reportBody); 11: the body packs the runs (varints), drops the gap positions, and leaves out the tables and commitments it restores exactly (StoredReportBody); 12: the view_commitments doc value made again from view_statements when they are its measure statements (Views.ReportViewFields.TagFromStatements); 13: the word fields (text_words, sub_text_words) without positions (AnalysedFieldTypes)

    public const string VersionKey = "searchmining.schemaVersion";
    public const string CommittedAtKey = "searchmining.committedAt";
    public const string AnalyzersKey = "searchmining.analyzers";

    /// <summary>What the content depends on beyond the layout (stored-JSON shape, dictionary, model): see ReportIndexOptions.ContentKey.</summary>
    public const string ContentKeyKey = "searchmining.contentKey";
}
