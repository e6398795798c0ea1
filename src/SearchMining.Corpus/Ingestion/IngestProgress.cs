namespace SearchMining.Corpus.Ingestion;

/// <param name="Done">Files handled so far (indexed or failed).</param>
/// <param name="Total">Files in this run.</param>
/// <param name="CurrentFile">The file just handled.</param>
/// <param name="Committed">Files whose reports are durable (committed) so far.</param>
/// <param name="JustCommitted">True when this report follows a commit.</param>
public sealed record IngestProgress(int Done, int Total, string CurrentFile, int Committed, bool JustCommitted);
