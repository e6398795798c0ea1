namespace SearchMining.Core.Domain;

/// <summary>Result of reading one file: a report (possibly with warnings) or a typed error. Never an exception.</summary>
public sealed record ParseOutcome
{
    public Report? Report { get; private init; }
    public ParseError? Error { get; private init; }
    public required string SourceFile { get; init; }

    public bool Succeeded => Report is not null;

    public static ParseOutcome Success(Report report) => new() { Report = report, SourceFile = report.SourceFile };
    public static ParseOutcome Failure(string sourceFile, ParseErrorKind kind, string message) =>
        new() { Error = new ParseError(kind, message), SourceFile = sourceFile };
}
