using SearchMining.Core.Domain;

namespace SearchMining.Index.Storage;

/// <param name="Agency">Exact agency name.</param>
/// <param name="Region">Province, city or county name (exact).</param>
public sealed record ReportListFilter(string? Agency = null, string? Region = null, AdministrativeLevel? Level = null, int? Year = null)
{
    public static ReportListFilter None { get; } = new();
}
