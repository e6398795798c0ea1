namespace SearchMining.Core.Ingestion;

/// <summary>
/// How big an input may be, checked before the work it would cost: file size, a zip container's (.docx) decompressed
/// size, entry count and compression ratio, a PDF's page count and extraction time, the text's length per report and
/// per section. Set from the largest real reports we hold times a wide margin (docs/RELIABILITY.md has the
/// measurements over the 275 real reports of samples/ and data/corpus/); every limit is configurable (the service: <c>SearchMining:Limits:…</c>). Over a limit is a
/// <see cref="Domain.ParseErrorKind.TooLarge"/> error naming it.
/// </summary>
public sealed record InputLimits
{
    /// <summary>Bytes of one file, uploaded or read from a folder (the service's upload limit defaults to it). The largest real
    /// report file we hold is a 0.4 MB PDF; scanned PDFs run to a few MB.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Decompressed bytes of all entries of a zip container. Largest real .docx body: 0.25 MB (word/document.xml) → 64×.</summary>
    public long MaxZipUncompressedBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Decompressed ÷ compressed size of an entry over 1 MB. Largest real: 19× (document.xml) → 5×.</summary>
    public double MaxZipCompressionRatio { get; init; } = 100;

    /// <summary>Entries in a zip container. A real .docx has 10–40.</summary>
    public int MaxZipEntries { get; init; } = 1000;

    /// <summary>Pages of a PDF. Largest real report PDF we hold: 6 pages → 50×.</summary>
    public int MaxPdfPages { get; init; } = 300;

    /// <summary>Time pdftotext may take on one file. The 6-page real report takes 0.05 s.</summary>
    public TimeSpan MaxPdfExtractionTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Characters of a report's text. Largest real report: 6,321 characters (a 6-page PDF; 6,113 among the .txt) → ~50×.</summary>
    public int MaxReportChars { get; init; } = 300_000;

    /// <summary>Characters of one section. Largest real section: 4,079 characters → ~37×.</summary>
    public int MaxSectionChars { get; init; } = 150_000;

    /// <summary>Characters of an HTML page before its text is taken out (markup included: ten times the report limit).</summary>
    public int MaxHtmlChars { get; init; } = 3_000_000;

    /// <summary>Bytes a text file may have: more cannot decode to <see cref="MaxReportChars"/> (4 bytes per character at most).</summary>
    public long MaxTextFileBytes => Math.Min(MaxFileBytes, 4L * MaxReportChars + 4);

    public static InputLimits Default { get; } = new();
}
