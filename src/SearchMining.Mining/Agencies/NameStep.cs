namespace SearchMining.Mining.Agencies;

/// <summary>One normalisation rule applied to a name: <see cref="Rule"/> (an <see cref="AgencyRules"/> id) turned <see cref="Before"/> into <see cref="After"/>.</summary>
public sealed record NameStep(string Rule, string Before, string After);
