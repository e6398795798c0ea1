using System.Security.Cryptography;

namespace SearchMining.Corpus.Storage;

/// <summary>A file as the user gave it, to be kept beside the index.</summary>
/// <param name="Content">The bytes, exactly as received.</param>
/// <param name="FileName">The file name as given (no folders).</param>
/// <param name="ContentType">The media type the client sent, when any.</param>
public sealed record OriginalFile(byte[] Content, string FileName, string? ContentType, OriginalOrigin Origin)
{
    private string? _sha256;

    /// <summary>Where the file was published, when the caller says.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Ingested although it does not read as a report (<c>force=true</c>).</summary>
    public bool Forced { get; init; }

    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Hex SHA-256 of the bytes: the original's identity in the store.</summary>
    public string Sha256 => _sha256 ??= Convert.ToHexStringLower(SHA256.HashData(Content));
}
