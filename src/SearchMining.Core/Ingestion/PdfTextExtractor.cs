using System.ComponentModel;
using System.Diagnostics;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Ingestion;

/// <summary>Text of a PDF through <c>pdftotext -layout</c> (poppler-utils). A missing tool is a <see cref="ParseErrorKind.MissingTool"/> error.</summary>
/// <param name="toolPath">The pdftotext executable: a bare name is looked up on PATH.</param>
/// <param name="timeout">How long pdftotext may run on one file (default one minute) before the file is declared unreadable.</param>
public sealed class PdfTextExtractor(string toolPath = "pdftotext", TimeSpan? timeout = null)
{
    public TimeSpan Timeout { get; } = timeout ?? TimeSpan.FromMinutes(1);

    public const string MissingToolMessage = "Reading PDF needs pdftotext from poppler-utils, which is not installed (install it with: apt-get install poppler-utils).";

    /// <summary>pdftotext found but without the CJK CMaps (poppler-data): Chinese PDFs with non-embedded fonts read as empty.</summary>
    public const string MissingCMapsMessage = "Reading this PDF needs the Chinese character maps of poppler-data, which are not installed (install them with: apt-get install poppler-data).";

    public string ToolPath { get; } = toolPath;

    public Task<ExtractedText> ExtractAsync(byte[] content, CancellationToken ct) => ExtractAsync(content, null, ct);

    /// <param name="maxPages">More pages (as pdfinfo counts them) is a <see cref="ParseErrorKind.TooLarge"/> error before any text is extracted; null: no limit.</param>
    public async Task<ExtractedText> ExtractAsync(byte[] content, int? maxPages, CancellationToken ct)
    {
        var tool = Resolve(ToolPath);
        if (tool is null) return ExtractedText.Failed(ParseErrorKind.MissingTool, MissingToolMessage + $" (looked for '{ToolPath}')");
        var temp = Path.Combine(Path.GetTempPath(), $"searchmining-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(temp, content, ct);
            if (maxPages is { } pageLimit && await CountPagesAsync(tool, temp, ct) is { } pages && pages > pageLimit)
                return ExtractedText.Failed(ParseErrorKind.TooLarge, $"The PDF has {pages} pages; at most {pageLimit} are accepted.");
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            foreach (var arg in new[] { "-layout", "-enc", "UTF-8", temp, "-" }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start);
            if (process is null) return ExtractedText.Failed(ParseErrorKind.MissingTool, MissingToolMessage);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(Timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
            var stderr = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (ct.IsCancellationRequested) throw;
                return ExtractedText.Failed(ParseErrorKind.TooLarge, $"pdftotext did not finish within {Timeout.TotalSeconds:F0} s, the most one PDF may take; the PDF is not read.");
            }
            var text = await stdout;
            if (process.ExitCode != 0)
                return ExtractedText.Failed(ParseErrorKind.Unreadable, $"pdftotext could not read the PDF (exit code {process.ExitCode}): {(await stderr).Trim()}");
            if (!string.IsNullOrWhiteSpace(text)) return ExtractedText.Of(text);
            var warnings = await stderr;
            return warnings.Contains("CMap", StringComparison.Ordinal)
                ? ExtractedText.Failed(ParseErrorKind.MissingTool, MissingCMapsMessage + $" (pdftotext said: {FirstLine(warnings)})")
                : ExtractedText.Failed(ParseErrorKind.Unreadable, "The PDF has no text layer (a scanned image?); nothing to parse.");
        }
        catch (Win32Exception)
        {
            return ExtractedText.Failed(ParseErrorKind.MissingTool, MissingToolMessage + $" (could not start '{tool}')");
        }
        finally
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Pages as pdfinfo (beside pdftotext, poppler-utils) counts them; null when pdfinfo is missing or says nothing.</summary>
    private async Task<int?> CountPagesAsync(string pdftotext, string file, CancellationToken ct)
    {
        var pdfinfo = Path.Combine(Path.GetDirectoryName(pdftotext) ?? "", OperatingSystem.IsWindows() ? "pdfinfo.exe" : "pdfinfo");
        if (!File.Exists(pdfinfo)) return null;
        var start = new ProcessStartInfo(pdfinfo) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(file);
        using var process = Process.Start(start);
        if (process is null) return null;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(Timeout);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            _ = process.StandardError.ReadToEndAsync(limit.Token);
            await process.WaitForExitAsync(limit.Token);
            foreach (var line in (await output).Split('\n'))
                if (line.StartsWith("Pages:", StringComparison.Ordinal) && int.TryParse(line.AsSpan(6).Trim(), out var pages)) return pages;
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return null;
        }
    }

    private static string FirstLine(string text) => text.Trim().Split('\n')[0].Trim();

    private static string? Resolve(string tool)
    {
        if (tool.Contains(Path.DirectorySeparatorChar) || tool.Contains(Path.AltDirectorySeparatorChar))
            return File.Exists(tool) ? tool : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate)) return candidate;
            if (OperatingSystem.IsWindows() && File.Exists(candidate + ".exe")) return candidate + ".exe";
        }
        return null;
    }
}
