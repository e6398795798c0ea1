using System.Text.Encodings.Web;
using System.Text.Json;

namespace SearchMining.Api.Export;

/// <summary>JSON Lines: one camelCase object per row.</summary>
internal sealed class JsonlExportWriter : IExportWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ContentType => "application/x-ndjson; charset=utf-8";

    public string FileExtension => "jsonl";

    public Task WriteHeaderAsync(TextWriter writer) => Task.CompletedTask;

    public Task WriteRowAsync(TextWriter writer, ExportRow row) => writer.WriteAsync(JsonSerializer.Serialize(row, Options) + "\n");
}
