using System.Text;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Ingestion;

/// <summary>
/// Decodes report bytes: a BOM wins, then strict UTF-8, then strict GB18030 (a superset of GBK/GB2312). Invalid
/// sequences are never replaced, so a file in an unknown encoding is an error rather than mojibake.
/// </summary>
public sealed class TextDecoder
{
    private readonly Encoding _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Encoding _gb18030;

    public TextDecoder()
    {
        // Taken from the provider instance; nothing is registered process-wide.
        _gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                   ?? throw new InvalidOperationException("GB18030 (code page 54936) is not available.");
    }

    /// <summary>The GB18030 encoding this decoder uses (for tests and writers that need the same code page).</summary>
    public Encoding Gb18030 => _gb18030;

    /// <summary>utf-8, utf-16le, utf-16be, gb18030 or binary.</summary>
    public string EncodingNameOf(ReadOnlySpan<byte> bytes) => Detect(bytes).Name;

    public ExtractedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return ExtractedText.Failed(ParseErrorKind.Empty, "The file is empty (0 bytes).");
        var detected = Detect(bytes);
        if (detected.Name == "binary")
            return ExtractedText.Failed(ParseErrorKind.Unreadable, "The file looks binary (it contains NUL bytes), not text.");
        try
        {
            var body = bytes[detected.Skip..];
            if (detected.Name == "utf-8" && !IsValid(_utf8, body)) body = body[..^IncompleteTailLength(body)];
            return ExtractedText.Of(detected.Encoding.GetString(body));
        }
        catch (DecoderFallbackException ex)
        {
            return ExtractedText.Failed(ParseErrorKind.Unreadable, $"The text is neither valid UTF-8 nor valid GB18030/GBK ({ex.Message}).");
        }
    }

    private Detected Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new("utf-8", _utf8, 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new("utf-16le", Encoding.Unicode, 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new("utf-16be", Encoding.BigEndianUnicode, 2);
        if (bytes.IndexOf((byte)0) >= 0) return new("binary", _utf8, 0);
        if (IsValid(_utf8, bytes)) return new("utf-8", _utf8, 0);
        if (IsUtf8CutMidCharacter(bytes)) return new("utf-8", _utf8, 0);
        return new("gb18030", _gb18030, 0);
    }

    /// <summary>UTF-8 whose only flaw is a character cut off at the very end (a truncated download): still UTF-8, not GB18030 mojibake.</summary>
    private bool IsUtf8CutMidCharacter(ReadOnlySpan<byte> bytes)
    {
        var tail = IncompleteTailLength(bytes);
        return tail > 0 && IsValid(_utf8, bytes[..^tail]);
    }

    /// <summary>Length of an incomplete UTF-8 sequence at the end of <paramref name="bytes"/> (0 when none).</summary>
    private static int IncompleteTailLength(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: keep looking for the lead byte
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }

    private static bool IsValid(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            encoding.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private readonly record struct Detected(string Name, Encoding Encoding, int Skip);
}
