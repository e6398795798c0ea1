using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing;

/// <summary>A section heading found in the source: <c>五、存在的主要问题及改进情况</c>.</summary>
/// <param name="Start">Offset of the number in the source.</param>
/// <param name="BodyStart">Offset just after the title.</param>
public sealed record SectionHeading(string Number, int Value, SectionTopic Topic, string Title, int Start, int BodyStart);
