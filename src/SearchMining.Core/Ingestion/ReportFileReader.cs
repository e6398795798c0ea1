using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;

namespace SearchMining.Core.Ingestion;

/// <summary>
/// Reads a report file of any supported format (.txt/.text/.md in UTF-8 or GB18030/GBK, .docx, .html/.htm, .pdf via pdftotext)
/// and parses it. Every failure is a typed <see cref="ParseError"/>; nothing throws except cancellation. Input over
/// <see cref="InputLimits"/> is refused (<see cref="ParseErrorKind.TooLarge"/>) before the work it would cost.
/// </summary>
public sealed class ReportFileReader
{
    private static readonly IReadOnlyList<string> TextExtensions = [".txt", ".text", ".md"];

    private readonly ReportParser _parser;
    private readonly TextDecoder _decoder;
    private readonly DocxTextExtractor _docx;
    private readonly HtmlTextExtractor _html;
    private readonly PdfTextExtractor _pdf;

    public ReportFileReader() : this(InputLimits.Default) { }

    public ReportFileReader(InputLimits limits) : this(new ReportParser(), new TextDecoder(), new PdfTextExtractor(timeout: limits.MaxPdfExtractionTime), limits) { }

    public ReportFileReader(ReportParser parser, TextDecoder decoder, PdfTextExtractor pdf, InputLimits? limits = null)
    {
        _parser = parser;
        _decoder = decoder;
        _pdf = pdf;
        _docx = new DocxTextExtractor();
        _html = new HtmlTextExtractor();
        Limits = limits ?? InputLimits.Default;
    }

    public InputLimits Limits { get; }

    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".text", ".md", ".docx", ".html", ".htm", ".pdf"];

    public async Task<ParseOutcome> ReadAsync(string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        try
        {
            if (Directory.Exists(path)) return ParseOutcome.Failure(name, ParseErrorKind.Unreadable, $"'{path}' is a folder, not a file.");
            if (!File.Exists(path)) return ParseOutcome.Failure(name, ParseErrorKind.Unreadable, $"File not found: {path}");
            await using var stream = File.OpenRead(path);
            return await ReadAsync(stream, name, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ParseOutcome.Failure(name, ParseErrorKind.Unreadable, $"The file could not be read: {ex.Message}");
        }
    }

    public Task<ParseOutcome> ReadAsync(Stream content, string fileName, CancellationToken ct) => ReadAsync(content, fileName, ReadOptions.Default, ct);

    public async Task<ParseOutcome> ReadAsync(Stream content, string fileName, ReadOptions options, CancellationToken ct)
    {
        fileName = string.IsNullOrWhiteSpace(fileName) ? "(upload)" : Path.GetFileName(fileName);
        try
        {
            var bytes = await ReadAllAsync(content, Limits.MaxFileBytes, ct);
            if (bytes is null) return ParseOutcome.Failure(fileName, ParseErrorKind.TooLarge, $"The file is larger than {Limits.MaxFileBytes:N0} bytes, the most accepted.");
            if (bytes.Length == 0) return ParseOutcome.Failure(fileName, ParseErrorKind.Empty, "The file is empty (0 bytes).");
            var extracted = await ExtractAsync(bytes, fileName, options, ct);
            if (extracted.Error is not null) return ParseOutcome.Failure(fileName, extracted.Error.Kind, extracted.Error.Message);
            var text = extracted.Text ?? "";
            if (text.Length > Limits.MaxReportChars)
                return ParseOutcome.Failure(fileName, ParseErrorKind.TooLarge, $"The text has {text.Length:N0} characters; a report may have at most {Limits.MaxReportChars:N0}.");
            var outcome = _parser.Parse(text, fileName, options.Force);
            if (outcome.Report?.Sections.FirstOrDefault(section => section.Text.Length > Limits.MaxSectionChars) is { } huge)
                return ParseOutcome.Failure(fileName, ParseErrorKind.TooLarge,
                    $"Section {huge.Number} ({huge.Title}) has {huge.Text.Length:N0} characters; a section may have at most {Limits.MaxSectionChars:N0}.");
            return outcome;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParseOutcome.Failure(fileName, ParseErrorKind.Unreadable, $"The file could not be read: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<ExtractedText> ExtractAsync(byte[] bytes, string fileName, ReadOptions options, CancellationToken ct)
    {
        var format = options.PlainText ? Format.Text : FormatOf(bytes, Path.GetExtension(fileName).ToLowerInvariant());
        switch (format)
        {
            case Format.Text:
                if (bytes.LongLength > Limits.MaxTextFileBytes)
                    return ExtractedText.Failed(ParseErrorKind.TooLarge, $"The text file has {bytes.LongLength:N0} bytes; a report may have at most {Limits.MaxReportChars:N0} characters.");
                return _decoder.Decode(bytes);
            case Format.Docx:
                if (ZipContainerGuard.Check(bytes, Limits) is { } tooLarge) return new ExtractedText(null, tooLarge);
                using (var ms = new MemoryStream(bytes, writable: false))
                    return _docx.Extract(ms);
            case Format.Html:
                var decoded = _decoder.Decode(bytes);
                if (decoded.Text is { } html && html.Length > Limits.MaxHtmlChars)
                    return ExtractedText.Failed(ParseErrorKind.TooLarge, $"The HTML page has {html.Length:N0} characters; at most {Limits.MaxHtmlChars:N0} are accepted.");
                return decoded.Error is not null ? decoded : _html.Extract(decoded.Text!);
            case Format.Pdf:
                return await _pdf.ExtractAsync(bytes, Limits.MaxPdfPages, ct);
            default:
                return ExtractedText.Failed(ParseErrorKind.UnsupportedFormat,
                    $"'{fileName}' is not a supported format; supported: {string.Join(", ", SupportedExtensions)}.");
        }
    }

    /// <summary>By extension, corrected by content for the common mislabels (a PDF or .docx saved as .txt).</summary>
    private static Format FormatOf(byte[] bytes, string extension)
    {
        var isPdf = bytes.AsSpan().StartsWith("%PDF"u8);
        var isZip = bytes.AsSpan().StartsWith("PK\u0003\u0004"u8);
        if (isPdf && extension is ".pdf" or ".txt" or ".text" or ".md" or "") return Format.Pdf;
        if (isZip && extension is ".docx" or ".txt" or ".text" or ".md" or "") return Format.Docx;
        if (extension == ".docx") return Format.Docx;
        if (extension == ".pdf") return Format.Pdf;
        if (extension is ".html" or ".htm") return Format.Html;
        if (TextExtensions.Contains(extension)) return Format.Text;
        return Format.Unsupported;
    }

    private static async Task<byte[]?> ReadAllAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        if (content is MemoryStream { Position: 0 } memory && memory.TryGetBuffer(out var whole) && whole.Count == memory.Length)
            return memory.Length > maxBytes ? null : whole.Offset == 0 && whole.Count == whole.Array!.Length ? whole.Array : whole.ToArray();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return null;
        }
        return buffer.ToArray();
    }

    private enum Format { Unsupported, Text, Docx, Html, Pdf }
}
