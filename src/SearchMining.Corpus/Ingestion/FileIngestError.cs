namespace SearchMining.Corpus.Ingestion;

/// <param name="Kind">The parser's error kind (NotAReport, UnsupportedFormat, Unreadable …) or <c>Index</c>.</param>
public sealed record FileIngestError(string File, string Kind, string Message);
