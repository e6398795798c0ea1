namespace SearchMining.Workflows.Charts;

/// <summary>One bar: a year or a region, with the matching reports and sections in it.</summary>
public sealed record HistogramBar(string Key, int Reports, int Sections);
