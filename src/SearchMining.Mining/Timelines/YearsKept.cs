using SearchMining.Mining.Agencies;
using SearchMining.Mining.Promises;
using SearchMining.Mining.Recurrence;
using SearchMining.Mining.YearOverYear;

namespace SearchMining.Mining.Timelines;

/// <summary>
/// What a <see cref="YearsCorpus"/> computed before over the same reports and overrides and was kept (stored beside the
/// index): the directory is taken as it is instead of being resolved again; the other parts are read when first needed
/// (each a function giving the kept part, or null when none was kept: then it is computed as usual).
/// </summary>
public sealed record YearsKept(
    AgencyDirectory? Directory = null,
    Func<TemplatePhrases?>? Template = null,
    Func<WordWeights?>? Weights = null,
    Func<RecurrenceSummary?>? Recurrence = null);
