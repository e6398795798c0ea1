namespace SearchMining.Core.Domain;

/// <summary>Why a file could not be turned into a report at all.</summary>
public enum ParseErrorKind
{
    UnsupportedFormat,
    Empty,
    Unreadable,
    NotAReport,
    MissingTool,
}

public sealed record ParseError(ParseErrorKind Kind, string Message);
