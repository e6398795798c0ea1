using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SearchMining.Analysis.Lucene;

/// <summary>
/// Lucene's <c>LowerCaseFilter</c> (Lucene 4.8 rules: <see cref="CharacterUtils.ToLower"/> over the whole term), called
/// only for a term holding a character that may have a lower case. A term made only of characters that have none —
/// Han characters, kana, CJK punctuation, digits and ASCII that is not an upper-case letter: almost every term of a
/// Chinese report — is left as it is, which is what lower-casing it gives. Lucene.Net converts code point by code point
/// with culture-aware calls, which made lower-casing ~6 % of a bulk ingest's CPU (docs/SCALING.md, round 14).
/// </summary>
internal sealed class CaselessSkippingLowerCaseFilter : TokenFilter
{
    private readonly CharacterUtils _characters = CharacterUtils.GetInstance(LuceneVersion.LUCENE_48);
    private readonly ICharTermAttribute _term;

    public CaselessSkippingLowerCaseFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            if (!IsCaseless(buffer[i]))
            {
                _characters.ToLower(buffer, 0, length); // exactly LowerCaseFilter's call
                break;
            }
        }
        return true;
    }

    /// <summary>True for a UTF-16 unit that is a whole code point without a lower-case mapping (so lower-casing keeps it).</summary>
    internal static bool IsCaseless(char c) => c switch
    {
        < 'A' => true,
        <= 'Z' => false,
        < '\u0080' => true,
        >= '\u3000' and <= '\u30FF' => true, // CJK symbols and punctuation, hiragana, katakana
        >= '\u3400' and <= '\u4DBF' => true, // CJK unified ideographs extension A
        >= '\u4E00' and <= '\u9FFF' => true, // CJK unified ideographs
        _ => false,
    };
}
