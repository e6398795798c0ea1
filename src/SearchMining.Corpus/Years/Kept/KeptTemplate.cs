using SearchMining.Mining.YearOverYear;

namespace SearchMining.Corpus.Years.Kept;

/// <summary>Learned template phrases as kept: the shingle hashes and what each template contributed.</summary>
internal sealed record KeptTemplate(IReadOnlyList<ulong> Phrases, IReadOnlyList<TemplateGroup> Groups);
