using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchMining.Analysis.Lucene;

/// <summary>
/// Puts the field's vocabulary on top of another segmenter: where adjacent tokens (touching in the text) spell a word of
/// the domain dictionary (政务 + 新媒体 → 政务新媒体), the joined word is emitted first at the first part's position, then
/// the parts as they were (the first stacked on the joined word), so phrases over the parts still match. The longest word
/// starting at a token wins; parts are never dropped.
/// </summary>
internal sealed class DomainWordFilter : TokenFilter
{
    private readonly IReadOnlySet<string> _words;
    private readonly int _maxLength;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<(State State, string Text, int Start, int End)> _lookahead = [];
    private readonly Queue<(State State, string? Text, int Start, int End, int? Increment)> _output = new();
    private bool _exhausted;

    public DomainWordFilter(TokenStream input, IReadOnlySet<string> words)
        : base(input)
    {
        _words = words;
        _maxLength = words.Count == 0 ? 0 : words.Max(w => w.Length);
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_output.Count == 0 && !Plan()) return false;
        var (state, text, start, end, increment) = _output.Dequeue();
        RestoreState(state);
        if (text is not null)
        {
            _term.SetEmpty().Append(text);
            _offset.SetOffset(start, end);
        }
        if (increment is { } i) _increment.PositionIncrement = i;
        return true;
    }

    /// <summary>Queues the next token, or a joined word and its parts; false at the end of the stream.</summary>
    private bool Plan()
    {
        while (!_exhausted && (_lookahead.Count == 0 || _lookahead[^1].End - _lookahead[0].Start < _maxLength))
        {
            if (!m_input.IncrementToken())
            {
                _exhausted = true;
                break;
            }
            _lookahead.Add((CaptureState(), _term.ToString(), _offset.StartOffset, _offset.EndOffset));
        }
        if (_lookahead.Count == 0) return false;
        var joined = _lookahead[0].Text;
        var parts = 1;
        for (var j = 1; j < _lookahead.Count && _lookahead[j].Start == _lookahead[j - 1].End; j++)
        {
            joined += _lookahead[j].Text;
            if (joined.Length > _maxLength) break;
            if (_words.Contains(joined)) parts = j + 1;
        }
        var first = _lookahead[0];
        if (parts > 1)
        {
            _output.Enqueue((first.State, string.Concat(_lookahead.Take(parts).Select(t => t.Text)), first.Start, _lookahead[parts - 1].End, null));
            _output.Enqueue((first.State, null, 0, 0, 0));
            for (var j = 1; j < parts; j++) _output.Enqueue((_lookahead[j].State, null, 0, 0, null));
        }
        else
        {
            _output.Enqueue((first.State, null, 0, 0, null));
        }
        _lookahead.RemoveRange(0, parts);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _lookahead.Clear();
        _output.Clear();
        _exhausted = false;
    }
}
