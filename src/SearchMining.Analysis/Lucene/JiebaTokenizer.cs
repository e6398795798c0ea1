using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Analysis.Lucene;

/// <summary>
/// Lucene tokenizer over <see cref="JiebaSegmenter"/>. Reads the whole field value, segments it, and emits word
/// tokens (punctuation and symbols dropped) with offsets into the original text.
/// <para>
/// Positions count characters: a token's position is the number of non-whitespace characters before it. So in
/// search mode an inner word sits where it starts inside its long word (政府信息公开@0, 政府@0, 信息@2, 信息公开@2,
/// 公开@4), and a phrase query from precise query words matches whenever each query word is a token of the document
/// at the same relative place — also when the query splits a long document word into its inner words
/// (工业 和 信息化 matches 工业和信息化局). Whitespace (line breaks in extracted text) does not break phrases;
/// punctuation does. Phrase slop is counted in characters.
/// </para>
/// </summary>
internal sealed class JiebaTokenizer : Tokenizer
{
    private readonly JiebaSegmenter _segmenter;
    private readonly SegmentationMode _mode;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly List<TokenSpan> _spans = [];
    private char[] _text = new char[1024];
    private int _length;
    private int _next;
    private int _currentWordEnd;
    private int _scanned;
    private int _nonWhitespaceBefore;
    private int _lastPosition;

    public JiebaTokenizer(JiebaSegmenter segmenter, SegmentationMode mode, TextReader input)
        : base(input)
    {
        _segmenter = segmenter;
        _mode = mode;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>Token type of a word of the precise segmentation.</summary>
    public const string WordType = "word";

    /// <summary>Token type of an inner word emitted in search mode.</summary>
    public const string InnerWordType = "inner";

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_next < _spans.Count)
        {
            var span = _spans[_next++];
            var inner = span.End <= _currentWordEnd && _mode == SegmentationMode.Search;
            if (!IsIndexable(_text.AsSpan(span.Start, span.Length)))
            {
                if (!inner)
                    _currentWordEnd = span.End;
                continue;
            }
            _term.CopyBuffer(_text, span.Start, span.Length);
            _offset.SetOffset(CorrectOffset(span.Start), CorrectOffset(span.End));
            var position = CharacterPosition(span.Start);
            _positionIncrement.PositionIncrement = position - _lastPosition;
            _lastPosition = position;
            _type.Type = inner ? InnerWordType : WordType;
            if (!inner)
                _currentWordEnd = span.End;
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _length = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length)
                Array.Resize(ref _text, _text.Length * 2);
        }
        _spans.Clear();
        _segmenter.Segment(_text.AsSpan(0, _length), _mode, _spans);
        _next = 0;
        _currentWordEnd = 0;
        _scanned = 0;
        _nonWhitespaceBefore = 0;
        _lastPosition = -1;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    // Token starts never decrease, so the count of non-whitespace characters before them is kept incrementally.
    private int CharacterPosition(int start)
    {
        for (; _scanned < start; _scanned++)
            if (!char.IsWhiteSpace(_text[_scanned]))
                _nonWhitespaceBefore++;
        return _nonWhitespaceBefore;
    }

    // A token worth indexing holds at least one letter or digit (Han characters are letters).
    private static bool IsIndexable(ReadOnlySpan<char> token)
    {
        foreach (var rune in token.EnumerateRunes())
            if (Rune.IsLetterOrDigit(rune))
                return true;
        return false;
    }
}
