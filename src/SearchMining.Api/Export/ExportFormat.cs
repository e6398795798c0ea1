namespace SearchMining.Api.Export;

internal enum ExportFormat
{
    Csv,
    Jsonl,
}
