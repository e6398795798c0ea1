namespace SearchMining.Api.Export;

public enum ExportFormat
{
    Csv,
    Jsonl,
}
