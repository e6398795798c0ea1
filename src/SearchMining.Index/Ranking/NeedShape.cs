namespace SearchMining.Index.Ranking;

/// <summary>
/// What kind of answer a query asks for, read from cue words: a contact (phone, e-mail, address), a figure (how many, a
/// rate) or a commitment (next year's measures). The re-ranker pairs the shape with what a section looks like.
/// </summary>
public static class NeedShape
{
    public static IReadOnlyList<string> ContactCues { get; } = ["电话", "邮箱", "地址", "传真", "联系", "热线", "邮编", "网址", "下载"];
    public static IReadOnlyList<string> FigureCues { get; } = ["多少", "几", "数量", "比例", "率", "总数", "占比", "次数", "件数", "统计"];
    public static IReadOnlyList<string> CommitmentCues { get; } = ["下一步", "计划", "今后", "打算", "承诺", "改进", "明年", "将要", "措施"];

    public static bool AsksContact(string query) => Has(query, ContactCues);
    public static bool AsksFigure(string query) => Has(query, FigureCues);
    public static bool AsksCommitment(string query) => Has(query, CommitmentCues);

    private static bool Has(string query, IReadOnlyList<string> cues) => cues.Any(c => query.Contains(c, StringComparison.Ordinal));
}
