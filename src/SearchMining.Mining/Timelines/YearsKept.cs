using SearchMining.Mining.Agencies;
using SearchMining.Mining.Promises;
using SearchMining.Mining.Recurrence;
using SearchMining.Mining.YearOverYear;

namespace SearchMining.Mining.Timelines;

/// <summary>
/// What a <see cref="YearsCorpus"/> computed before over the same reports and overrides and was kept (stored beside the
/// index): each part given is taken as it is instead of being computed again; a null part is computed as usual.
/// </summary>
public sealed record YearsKept(
    AgencyDirectory? Directory = null,
    TemplatePhrases? Template = null,
    WordWeights? Weights = null,
    RecurrenceSummary? Recurrence = null);
