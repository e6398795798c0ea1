using SearchMining.Core.Comparison;
using SearchMining.Mining.Text;

namespace SearchMining.Mining.YearOverYear;

/// <summary>
/// Reuse by character shingles: a content character of the current text is reused when a phrase of
/// <see cref="ReuseOptions.ShingleLength"/> characters covering it occurs in the earlier text, so a sentence with a
/// changed year or figure still counts as reused but for the changed characters. Characters inside a template phrase
/// (<see cref="TemplatePhrases"/>) are not counted. A text shorter than one phrase counts as reused when the earlier
/// text contains it whole.
/// </summary>
public sealed class ShingleReuseMeter(TemplatePhrases template) : ITextReuseMeter
{
    public TemplatePhrases Template { get; } = template;

    public TextReuse Measure(string current, string previous)
    {
        var k = Template.Options.ShingleLength;
        var cur = ContentText.Of(current);
        var prev = ContentText.Of(previous);
        if (cur.Length == 0) return TextReuse.Empty;

        var isTemplate = new bool[cur.Length];
        var isReused = new bool[cur.Length];
        if (cur.Length < k)
        {
            if (prev.Text.Contains(cur.Text, StringComparison.Ordinal)) Array.Fill(isReused, true);
        }
        else
        {
            var previousPhrases = Shingles.SetOf(prev.Text, k);
            var shingles = Shingles.Of(cur.Text, k);
            for (var i = 0; i < shingles.Length; i++)
            {
                var mark = Template.Contains(shingles[i]) ? isTemplate : previousPhrases.Contains(shingles[i]) ? isReused : null;
                if (mark is not null) Array.Fill(mark, true, i, k);
            }
        }

        var (counted, reused) = Count(isTemplate, isReused, 0, cur.Length);
        var previousSentences = reused > 0 ? SentenceUnit.Split(previous) : [];
        var sentences = new List<ReusedSentence>();
        foreach (var sentence in SentenceUnit.Split(current))
        {
            var (c, r) = Count(isTemplate, isReused, cur.IndexAtOrAfter(sentence.Start), cur.IndexAtOrAfter(sentence.End));
            var (best, _) = r > 0 ? sentence.MostSimilar(previousSentences) : (-1, 0);
            sentences.Add(new ReusedSentence(sentence.Start, sentence.End, c == 0 ? null : (double)r / c,
                best < 0 ? -1 : previousSentences[best].Start, best < 0 ? -1 : previousSentences[best].End));
        }
        return new TextReuse(counted == 0 ? null : (double)reused / counted, counted, reused, sentences);
    }

    private static (int Counted, int Reused) Count(bool[] isTemplate, bool[] isReused, int from, int to)
    {
        var counted = 0;
        var reused = 0;
        for (var i = from; i < to; i++)
        {
            if (isTemplate[i]) continue;
            counted++;
            if (isReused[i]) reused++;
        }
        return (counted, reused);
    }
}
