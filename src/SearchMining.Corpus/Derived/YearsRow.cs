using SearchMining.Mining.Agencies;
using SearchMining.Mining.Recurrence;

namespace SearchMining.Corpus.Derived;

/// <summary>What the years view reads of one report from the derived store's <c>view_years</c> table: its identity (agency resolution) and its problem digest (recurrence).</summary>
internal sealed record YearsRow(AgencyReport Identity, ProblemDigest Problems);
