using System.Reflection;
using System.Text;

namespace SearchMining.Core.Normalization;

/// <summary>
/// Round 14: the Traditional words whose Simplified form is not the fold of their characters (計畫 → 计划, not 计画;
/// 瞭解 → 了解), read from OpenCC's phrase table (TSPhrases, embedded beside TSCharacters): only the words as long as their
/// Simplified form whose characters do not fold to it (409 of 477 entries), so the fold stays one UTF-16 unit for one and
/// every offset holds. <see cref="Fold"/> is the character fold with these words folded first; the parser reads it
/// (<c>ReadingView</c>) and the audit compares names through it. The stored and shown text is never changed.
/// </summary>
public static class ChineseWordFold
{
    private const string ResourceName = "SearchMining.Core.Data/opencc/TSPhrases.txt";
    private static readonly Lazy<Dictionary<char, (string Traditional, string Simplified)[]>> Words = new(Build);

    /// <summary>Number of words that fold differently from their characters (for tests and docs).</summary>
    public static int WordCount => Words.Value.Values.Sum(w => w.Length);

    /// <summary>The Simplified characters a word fold may write (the parser looks their written form up by position).</summary>
    public static IEnumerable<char> Targets => Words.Value.Values.SelectMany(w => w).SelectMany(w => w.Simplified);

    /// <summary>
    /// <paramref name="text"/> folded by <see cref="ChineseCharacterFold"/> with the words of the phrase table folded as
    /// words (longest first at each position); same length; the character fold's instance when no word occurs.
    /// </summary>
    public static string Fold(string text)
    {
        var folded = ChineseCharacterFold.Fold(text);
        if (ReferenceEquals(folded, text)) return folded; // nothing Traditional: no Traditional word either
        var words = Words.Value;
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!words.TryGetValue(text[i], out var starting)) continue;
            foreach (var (traditional, simplified) in starting)
            {
                if (!text.AsSpan(i).StartsWith(traditional, StringComparison.Ordinal)) continue;
                chars ??= folded.ToCharArray();
                simplified.CopyTo(0, chars, i, simplified.Length);
                i += traditional.Length - 1;
                break;
            }
        }
        return chars is null ? folded : new string(chars);
    }

    private static Dictionary<char, (string, string)[]> Build()
    {
        using var stream = typeof(ChineseWordFold).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new List<(string Traditional, string Simplified)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 1) continue;
            var traditional = line[..tab];
            var value = line[(tab + 1)..];
            var space = value.IndexOf(' ');
            // the phrase's value may keep a Traditional character (不可貲計 → 不可赀計): folded like any text
            var simplified = ChineseCharacterFold.Fold(space >= 0 ? value[..space] : value);
            if (simplified.Length != traditional.Length || traditional.Any(char.IsSurrogate) || simplified.Any(char.IsSurrogate)) continue;
            if (ChineseCharacterFold.Fold(traditional) == simplified) continue;
            words.Add((traditional, simplified));
        }
        return words.GroupBy(w => w.Traditional[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Traditional.Length).ToArray());
    }
}
