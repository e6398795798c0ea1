namespace SearchMining.Core.Domain;

/// <summary>Something the parser noticed but could survive (missing section, 勾稽 mismatch, unreadable table …).</summary>
/// <param name="Code">Stable machine code, e.g. <c>section-missing</c>, <c>table-unreadable</c>, <c>check-application-balance</c>.</param>
public sealed record ParseWarning(string Code, string Message);
