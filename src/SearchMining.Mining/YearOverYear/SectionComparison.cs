using SearchMining.Core.Domain;

namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// The sections of one canonical topic in both reports (a template may split a topic over two parts, e.g. pre-2019
/// 三、存在的困难和问题 + 四、改进措施), the topic's reuse rate (this year's text against last year's of the same topic),
/// and the sentence alignment. A topic present in one year only has no headings on the other side and a null rate.
/// </summary>
public sealed record SectionComparison(
    SectionTopic Topic,
    IReadOnlyList<SectionHeading> Current,
    IReadOnlyList<SectionHeading> Previous,
    double? ReuseRate,
    int CountedChars,
    int ReusedChars,
    IReadOnlyList<SentenceChange> Sentences);
