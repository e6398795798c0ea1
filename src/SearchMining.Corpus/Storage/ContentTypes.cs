namespace SearchMining.Corpus.Storage;

/// <summary>The media type kept with a file that arrived without one (from a folder or the bundled corpus).</summary>
public static class ContentTypes
{
    public static string For(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" or ".text" => "text/plain",
        ".md" => "text/markdown",
        ".html" or ".htm" => "text/html",
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/octet-stream",
    };
}
