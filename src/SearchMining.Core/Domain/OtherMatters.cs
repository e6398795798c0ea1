namespace SearchMining.Core.Domain;

/// <summary>Section 六 (其他需要报告的事项): fees and proposals where stated.</summary>
public sealed record OtherMatters
{
    /// <summary>Fees charged for disclosure, in yuan, when the text states an amount (0 for 未收取任何费用).</summary>
    public decimal? FeesYuan { get; init; }
    public string? FeesText { get; init; }
    /// <summary>人大代表建议 handled, where stated.</summary>
    public int? DeputySuggestions { get; init; }
    /// <summary>政协委员提案 handled, where stated.</summary>
    public int? CommitteeProposals { get; init; }
}
