using System.Reflection;
using System.Text;

namespace SearchMining.Core.Normalization;

/// <summary>
/// Folds Chinese text to one reading form, character by character: Traditional characters to Simplified (OpenCC's
/// TSCharacters table, embedded), and the Kangxi radicals and CJK compatibility ideographs that PDF extraction leaves
/// (⼀ U+2F00, 﨑) to the unified ideograph (Unicode NFKC). Every character maps to exactly one UTF-16 code unit, so
/// the folded text has the length of the text as written and an offset into one is an offset into the other: match
/// wording on the fold, cut what is shown from the text as written. The one definition used by the parser and by any
/// classifier that needs Traditional input read like Simplified.
/// </summary>
public static class ChineseCharacterFold
{
    private const string ResourceName = "SearchMining.Core.Data/opencc/TSCharacters.txt";
    private static readonly Lazy<char[]> Table = new(Build);

    /// <summary>Number of characters that fold to another one (for tests and docs).</summary>
    public static int FoldedCharacterCount => Table.Value.Select((c, i) => c != (char)i).Count(changed => changed);

    /// <summary>The folded form of one UTF-16 code unit (itself when nothing folds it).</summary>
    public static char Fold(char c) => Table.Value[c];

    /// <summary>
    /// <paramref name="text"/> folded, of the same length; the same instance when no character changes (most
    /// Simplified text), so callers can test <c>ReferenceEquals</c> to know whether anything was folded.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = Table.Value;
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (table[text[i]] == text[i]) continue;
            first = i;
            break;
        }
        if (first < 0) return text;
        return string.Create(text.Length, (text, table, first), static (span, state) =>
        {
            var (source, map, from) = state;
            source.AsSpan(0, from).CopyTo(span);
            for (var i = from; i < source.Length; i++) span[i] = map[source[i]];
        });
    }

    /// <summary>True when folding changes at least one character of <paramref name="text"/>.</summary>
    public static bool Changes(string text) => !ReferenceEquals(Fold(text), text);

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++) table[i] = (char)i;
        AddCompatibilityForms(table);
        using var stream = typeof(ChineseCharacterFold).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab != 1) continue; // key is a supplementary-plane character (two code units): not foldable 1:1
            var value = line.AsSpan(tab + 1);
            var space = value.IndexOf(' ');
            if (space >= 0) value = value[..space];
            if (value.Length != 1 || char.IsSurrogate(value[0])) continue;
            table[line[0]] = value[0];
        }
        // a compatibility form whose unified ideograph is Traditional folds on to the Simplified one
        for (var i = 0; i < table.Length; i++) table[i] = table[table[i]];
        return table;
    }

    /// <summary>Kangxi radicals, CJK radicals supplement and CJK compatibility ideographs → their NFKC ideograph.</summary>
    private static void AddCompatibilityForms(char[] table)
    {
        foreach (var (from, to) in new[] { ('\u2E80', '\u2FDF'), ('\uF900', '\uFAFF') })
        {
            for (var c = from; c <= to; c++)
            {
                if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherNotAssigned) continue;
                var normalized = c.ToString().Normalize(NormalizationForm.FormKC);
                if (normalized.Length == 1 && normalized[0] != c && normalized[0] is >= '\u4E00' and <= '\u9FFF') table[c] = normalized[0];
            }
        }
    }
}
