namespace SearchMining.Index.Searching;

/// <summary>The JSON inside a cursor: request key, encoded sort values (flat results) or group offset (grouped results).</summary>
internal sealed record SearchCursorPayload(string? K, List<string>? V, int O);
