using Lucene.Net.Analysis;
using SearchMining.Index.Analysis;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Querying;

/// <summary>
/// Cuts a run of plain query text into query words: the precise segmentation of the query analyzer (stop words dropped),
/// with adjacent words joined where together they form an entry of the expansion list (人手 + 不足 → 人手不足), so that an
/// entry and its related words stay one query word, and question words (<see cref="QuestionWords"/>) left out. Words keep
/// the spelling of the query.
/// </summary>
internal static class QueryTermSplitter
{
    public static IReadOnlyList<string> Split(string text, Analyzer queryAnalyzer, QuerySynonyms synonyms)
    {
        var tokens = TokenReader.Read(queryAnalyzer, IndexFields.TextWords, text);
        var words = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i;
            for (var j = tokens.Count - 1; j > i; j--)
            {
                if (!synonyms.IsEntry(text[tokens[i].Start..tokens[j].End])) continue;
                end = j;
                break;
            }
            var word = text[tokens[i].Start..tokens[end].End];
            if (!words.Contains(word, StringComparer.OrdinalIgnoreCase)) words.Add(word);
            i = end;
        }
        return QuestionWords.Without(words);
    }
}
