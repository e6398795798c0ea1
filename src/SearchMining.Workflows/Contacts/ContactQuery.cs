namespace SearchMining.Workflows.Contacts;

/// <summary>Which agencies and details a directory lookup shows.</summary>
/// <param name="Text">Part of the agency name, the region or any detail (a phone number matches on its digits).</param>
/// <param name="Kind">Only details of this kind.</param>
/// <param name="ChangedOnly">Only agencies whose details changed between two reports.</param>
public sealed record ContactQuery(string? Text = null, string? Agency = null, string? Region = null, string? Kind = null, bool ChangedOnly = false);
