using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Core.Themes;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Querying;

/// <summary>
/// Section-aware boost: words that describe a shortcoming (不足, 不够, 有待, 单一, 不及时 … — the problem cues of THEMES.md;
/// the list is <see cref="ThemeVocabulary.ProblemSectionQueryWords"/>)
/// show the reader wants section 五 (problems and improvements), so such queries lift problems sections a little.
/// </summary>
public static class SectionIntent
{
    public static IReadOnlyList<string> ProblemCues => ThemeVocabulary.ProblemSectionQueryWords;

    /// <summary>A non-required clause boosting problems sections, or null when the query shows no such intent.</summary>
    public static Query? Boost(QueryNode? root, float boost)
    {
        if (boost <= 0 || !PositiveWords(root).Select(QuestionWords.RemoveFrom).Any(w => ProblemCues.Any(c => w.Contains(c, StringComparison.Ordinal)))) return null;
        return new ConstantScoreQuery(new TermQuery(new Term(IndexFields.SectionTopic, "problems"))) { Boost = boost };
    }

    private static IEnumerable<string> PositiveWords(QueryNode? node) => node switch
    {
        WordsNode w => [w.Text],
        PhraseNode p => [p.Text],
        RequiredNode r => PositiveWords(r.Child),
        AndNode a => a.Children.SelectMany(PositiveWords),
        OrNode o => o.Children.SelectMany(PositiveWords),
        _ => [],
    };
}
