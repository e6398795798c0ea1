using SearchMining.Core.Domain;

namespace SearchMining.Core.Ingestion;

/// <summary>Text pulled out of a file, or why it could not be.</summary>
public sealed record ExtractedText(string? Text, ParseError? Error)
{
    public static ExtractedText Of(string text) => new(text, null);
    public static ExtractedText Failed(ParseErrorKind kind, string message) => new(null, new ParseError(kind, message));
}
