namespace SearchMining.Workflows.Citations;

/// <summary>What the corpus's originals store keeps of a report's file (the store lives in SearchMining.Corpus).</summary>
/// <param name="Uploaded">Sent by a person (upload), not ingested from a bundled folder.</param>
/// <param name="SourceUrl">The address given with the upload, or null.</param>
/// <param name="ReceivedAt">When the service received the file.</param>
/// <param name="Read">The file's bytes (null when they are gone).</param>
public sealed record KeptOriginal(string FileName, string? ContentType, bool Uploaded, string? SourceUrl, DateTimeOffset ReceivedAt, Func<byte[]?> Read);
