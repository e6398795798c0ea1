namespace SearchMining.Core.Parsing.Metadata;

/// <summary>What the title lines say: 市中区工业和信息化局 / 2024 年政府信息公开工作年度报告.</summary>
public sealed record TitleInfo(string? Agency, int? Year, string? TitleText);
