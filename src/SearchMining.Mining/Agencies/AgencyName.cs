namespace SearchMining.Mining.Agencies;

/// <summary>One way an agency is written in the corpus: the name, its normalised key, the rules that normalised it and the reports using it.</summary>
public sealed record AgencyName(string Written, string NodeKey, IReadOnlyList<NameStep> Steps, IReadOnlyList<string> ReportIds);
