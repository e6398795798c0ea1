using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Corpus.Storage;

namespace SearchMining.Corpus.Ingestion;

/// <summary>One thing to ingest: a file on disk, a kept original, text taken back from an index.</summary>
/// <param name="Name">What progress and errors call it (a path or a file name).</param>
/// <param name="Load">The original's bytes and metadata, or why they cannot be had.</param>
internal sealed record IngestSource(string Name, Func<CancellationToken, Task<(OriginalFile? File, ParseError? Error)>> Load, ReadOptions Options)
{
    /// <summary>A file on disk, kept as an original of <paramref name="origin"/>; over the size limit it is not even read.</summary>
    public static IngestSource FromFile(string path, OriginalOrigin origin, InputLimits limits) => new(path, async ct =>
    {
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return (null, new ParseError(ParseErrorKind.Unreadable, $"File not found: {path}"));
            if (info.Length > limits.MaxFileBytes)
                return (null, new ParseError(ParseErrorKind.TooLarge, $"The file has {info.Length:N0} bytes; at most {limits.MaxFileBytes:N0} are accepted."));
            var bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
            return (new OriginalFile(bytes, name, ContentTypes.For(name), origin), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new ParseError(ParseErrorKind.Unreadable, $"The file could not be read: {e.Message}"));
        }
    }, ReadOptions.Default);
}
