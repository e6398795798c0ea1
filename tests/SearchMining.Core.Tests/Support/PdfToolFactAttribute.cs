namespace SearchMining.Core.Tests.Support;

/// <summary>A fact that needs pdftotext (poppler-utils) on PATH; skipped, with the reason, where it is not installed.</summary>
public sealed class PdfToolFactAttribute : FactAttribute
{
    public PdfToolFactAttribute()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "pdftotext")));
        if (!found) Skip = "pdftotext (poppler-utils) is not installed.";
    }
}
