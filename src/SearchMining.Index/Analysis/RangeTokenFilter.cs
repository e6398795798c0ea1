using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchMining.Index.Analysis;

/// <summary>
/// Keeps the tokens of a stream that lie wholly inside the text range [start, end), as if that range alone had been
/// analysed: offsets are made relative to <c>start</c>, the first kept token starts at position 0, and the stream ends at
/// the range's length. <see cref="CapturedTokens.Slice"/> does the same to captured tokens.
/// </summary>
internal sealed class RangeTokenFilter : TokenFilter
{
    private readonly int _start;
    private readonly int _end;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private bool _first = true;

    public RangeTokenFilter(TokenStream input, int start, int end) : base(input)
    {
        _start = start;
        _end = end;
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (!CapturedTokens.Inside(_offset.StartOffset, _offset.EndOffset, _start, _end)) continue;
            _offset.SetOffset(_offset.StartOffset - _start, _offset.EndOffset - _start);
            if (_first) _increment.PositionIncrement = 1;
            _first = false;
            return true;
        }
        return false;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement = 0;
        _offset.SetOffset(_end - _start, _end - _start);
    }

    public override void Reset()
    {
        base.Reset();
        _first = true;
    }
}
