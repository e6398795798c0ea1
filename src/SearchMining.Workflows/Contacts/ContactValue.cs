namespace SearchMining.Workflows.Contacts;

/// <summary>One contact detail of an agency and the report years that give it.</summary>
/// <param name="Kind">office, address, postcode, phone, fax, email or website (<see cref="ContactKinds"/>).</param>
/// <param name="Value">As written in the latest report that gives it.</param>
/// <param name="Current">Given in the agency's latest report.</param>
public sealed record ContactValue(string Kind, string Value, IReadOnlyList<int> Years, int? FirstYear, int? LastYear, bool Current, IReadOnlyList<string> ReportIds);
