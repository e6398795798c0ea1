using System.Security.Cryptography;
using System.Text;

namespace SearchMining.Core.Parsing;

/// <summary>Turns decoded input into the source text every offset points into, and hashes it into a stable report id.</summary>
public static class SourceTextNormalizer
{
    /// <summary>Line breaks become '\n', a BOM and zero-width characters go, form feeds (PDF page breaks) become line breaks.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\f':
                case '\u2028':
                case '\u2029':
                    sb.Append('\n');
                    break;
                case '\uFEFF':
                case '\u200B':
                case '\u200C':
                case '\u200D':
                case '\0':
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>First 16 hex characters of the SHA-256 of the normalised text (whitespace-insensitive, so re-extracted copies of one report share an id).</summary>
    public static string ContentId(string normalizedText)
    {
        var sb = new StringBuilder(normalizedText.Length);
        foreach (var c in normalizedText)
        {
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
