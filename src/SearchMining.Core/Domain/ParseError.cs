namespace SearchMining.Core.Domain;

/// <summary>Why a file could not be turned into a report at all.</summary>
public enum ParseErrorKind
{
    UnsupportedFormat,
    Empty,
    Unreadable,
    NotAReport,
    MissingTool,
    /// <summary>Over one of the input limits (size, decompressed size or ratio, pages, extraction time, text length): see InputLimits.</summary>
    TooLarge,
}

public sealed record ParseError(ParseErrorKind Kind, string Message);
