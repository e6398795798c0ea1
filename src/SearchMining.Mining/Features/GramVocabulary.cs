using System.Text;
using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Features;

/// <summary>
/// N-grams kept only when they occur in the training statements of at least a given number of agencies (round 5): a
/// gram one agency uses alone (its name, its pet phrase, its template's wording) cannot tell a new agency's statement
/// anything. The rows carry every character and word n-gram as space-separated tokens
/// (<see cref="StatementRow.CharGrams"/>, <see cref="StatementRow.WordGrams"/>); training rows keep only the grams of
/// the vocabulary, so the featurizer's dictionary — stored in the model zip — is the vocabulary, and at prediction the
/// grams outside it are dropped by the dictionary lookup.
/// </summary>
public static class GramVocabulary
{
    /// <summary>Longest character n-gram the rows carry (a recipe keeps 1…its own <see cref="Training.FeatureOptions.CharNgramLength"/>).</summary>
    public const int MaxCharLength = 4;

    /// <summary>Longest word n-gram the rows carry.</summary>
    public const int MaxWordLength = 2;

    /// <summary>Separates the words of a word n-gram inside one token (never part of a word the featurizer sees).</summary>
    public const char WordJoiner = '+';

    /// <summary>The unit all synthetic statements count as: written by one annotator's hand, they are one "agency".</summary>
    public const string SyntheticUnit = "(synthetic)";

    /// <summary>Character 1…<paramref name="maxLength"/>-grams inside runs of letters (never across punctuation, digits or spaces).</summary>
    public static IEnumerable<string> CharGrams(string text, int maxLength = MaxCharLength)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i])) continue;
            for (var a = start; a < i; a++)
                for (var n = 1; n <= maxLength && a + n <= i; n++)
                    yield return text.Substring(a, n);
            start = i + 1;
        }
    }

    /// <summary>Word 1…<paramref name="maxLength"/>-grams, the words of one gram joined by <see cref="WordJoiner"/>.</summary>
    public static IEnumerable<string> WordGrams(IReadOnlyList<string> words, int maxLength = MaxWordLength)
    {
        for (var a = 0; a < words.Count; a++)
        {
            var gram = new StringBuilder();
            for (var n = 1; n <= maxLength && a + n <= words.Count; n++)
            {
                if (n > 1) gram.Append(WordJoiner);
                gram.Append(words[a + n - 1]);
                yield return gram.ToString();
            }
        }
    }

    /// <summary>The unit a training statement's grams are counted for: its agency, or <see cref="SyntheticUnit"/>.</summary>
    public static string UnitOf(LabelledStatement statement) => statement.Synthetic ? SyntheticUnit : ThemeDataset.AgencyOf(statement);

    /// <summary>The grams (space-separated tokens of <paramref name="grams"/>) that occur in at least <paramref name="minUnits"/> distinct units.</summary>
    public static IReadOnlySet<string> Build(IEnumerable<(string Unit, string Grams)> rows, int minUnits)
    {
        var units = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (unit, grams) in rows)
            foreach (var gram in grams.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!units.TryGetValue(gram, out var set)) units[gram] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(unit);
            }
        return units.Where(u => u.Value.Count >= minUnits).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The tokens of <paramref name="grams"/> that are in <paramref name="vocabulary"/> and no longer than <paramref name="maxLength"/> (characters or words).</summary>
    public static string Keep(string grams, IReadOnlySet<string> vocabulary, int maxLength, bool words) =>
        string.Join(' ', grams.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(g => vocabulary.Contains(g) && (words ? g.Count(c => c == WordJoiner) + 1 : g.Length) <= maxLength));
}
