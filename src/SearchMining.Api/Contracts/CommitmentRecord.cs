namespace SearchMining.Api.Contracts;

/// <summary>One commitment (下一步…将…) with what a journalist needs to cite it.</summary>
internal sealed record CommitmentRecord(string ReportId, string SourceFile, string? Agency, string? Region, int? Year, string Text, IReadOnlyList<string> Themes);
