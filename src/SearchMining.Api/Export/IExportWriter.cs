namespace SearchMining.Api.Export;

/// <summary>Writes export rows to a stream in one format.</summary>
internal interface IExportWriter
{
    string ContentType { get; }

    string FileExtension { get; }

    Task WriteHeaderAsync(TextWriter writer);

    Task WriteRowAsync(TextWriter writer, ExportRow row);
}
