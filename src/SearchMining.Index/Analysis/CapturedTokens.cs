using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace SearchMining.Index.Analysis;

/// <summary>
/// The tokens an analyzer makes of one field's text (term, position increment, offsets, and what <c>End()</c> leaves),
/// captured once — in bulk ingestion on the parallel preparation threads — and replayed to the <c>IndexWriter</c> by
/// <see cref="Replay"/>, so the one writer thread inverts tokens instead of segmenting text. The replay yields exactly
/// what the analyzer yields, so the index is the same as when the writer analyses the text itself.
/// </summary>
internal sealed class CapturedTokens
{
    private readonly char[] _chars;
    /// <summary>Per token: end of its term in <see cref="_chars"/>, position increment, start and end offset.</summary>
    private readonly int[] _tokens;
    private readonly int _count;
    private readonly int _finalIncrement;
    private readonly int _finalOffset;

    private CapturedTokens(char[] chars, int[] tokens, int count, int finalIncrement, int finalOffset)
    {
        _chars = chars;
        _tokens = tokens;
        _count = count;
        _finalIncrement = finalIncrement;
        _finalOffset = finalOffset;
    }

    public int Count => _count;

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> as the writer would for <paramref name="field"/>.</summary>
    public static CapturedTokens Capture(Analyzer analyzer, string field, string text)
    {
        var chars = new char[Math.Max(16, text.Length * 2)];
        var tokens = new int[Math.Max(16, text.Length * 2)];
        var used = 0;
        var count = 0;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (used + term.Length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, used + term.Length));
            if ((count + 1) * 4 > tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
            Array.Copy(term.Buffer, 0, chars, used, term.Length);
            used += term.Length;
            var at = count * 4;
            tokens[at] = used;
            tokens[at + 1] = increment.PositionIncrement;
            tokens[at + 2] = offset.StartOffset;
            tokens[at + 3] = offset.EndOffset;
            count++;
        }
        stream.End();
        // Held until the batch is written: keep no slack.
        Array.Resize(ref chars, used);
        Array.Resize(ref tokens, count * 4);
        return new CapturedTokens(chars, tokens, count, increment.PositionIncrement, offset.EndOffset);
    }

    /// <summary>Whether a token at [<paramref name="tokenStart"/>, <paramref name="tokenEnd"/>) lies wholly inside the range [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool Inside(int tokenStart, int tokenEnd, int start, int end) => tokenStart >= start && tokenEnd <= end;

    /// <summary>
    /// The tokens that lie wholly inside the text range [<paramref name="start"/>, <paramref name="end"/>), as
    /// <see cref="RangeTokenFilter"/> keeps them: offsets relative to <paramref name="start"/>, the first at position 0,
    /// ending at the range's length.
    /// </summary>
    public CapturedTokens Slice(int start, int end)
    {
        var count = 0;
        var used = 0;
        for (var i = 0; i < _count; i++)
        {
            if (!Inside(_tokens[i * 4 + 2], _tokens[i * 4 + 3], start, end)) continue;
            count++;
            used += _tokens[i * 4] - (i == 0 ? 0 : _tokens[i * 4 - 4]);
        }
        var chars = new char[used];
        var tokens = new int[count * 4];
        var at = 0;
        used = 0;
        for (var i = 0; i < _count; i++)
        {
            var from = i * 4;
            if (!Inside(_tokens[from + 2], _tokens[from + 3], start, end)) continue;
            var termStart = i == 0 ? 0 : _tokens[from - 4];
            var length = _tokens[from] - termStart;
            Array.Copy(_chars, termStart, chars, used, length);
            used += length;
            tokens[at] = used;
            tokens[at + 1] = at == 0 ? 1 : _tokens[from + 1];
            tokens[at + 2] = _tokens[from + 2] - start;
            tokens[at + 3] = _tokens[from + 3] - start;
            at += 4;
        }
        return new CapturedTokens(chars, tokens, count, 0, end - start);
    }

    /// <summary>A token stream that hands out the captured tokens (once; a field is inverted once).</summary>
    public TokenStream Replay() => new ReplayStream(this);

    /// <summary>
    /// An analysed, unstored field whose tokens are these: the writer's inverting thread replays them through one token
    /// stream of its own, reused field after field (<see cref="Replaying"/>), instead of a new stream per field — a new
    /// stream costs Lucene its attribute set up and its state again on every field of every document.
    /// </summary>
    public Field ToField(string name) => new CapturedField(name, this);

    /// <summary>The calling thread's replay stream, pointed at <paramref name="captured"/> (a writer thread inverts one field at a time).</summary>
    private static TokenStream Replaying(CapturedTokens captured)
    {
        var stream = t_stream ??= new ReplayStream(captured);
        stream.Source = captured;
        return stream;
    }

    [ThreadStatic]
    private static ReplayStream? t_stream;

    private sealed class CapturedField(string name, CapturedTokens captured) : Field(name, Placeholder, Schema.AnalysedFieldTypes.For(name))
    {
        /// <summary>Lucene asks every indexed field for a value; the tokens are the value here.</summary>
        private const string Placeholder = "";

        public override TokenStream GetTokenStream(Analyzer analyzer) => Replaying(captured);
    }

    private sealed class ReplayStream : TokenStream
    {
        private CapturedTokens _captured;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private int _next;

        public ReplayStream(CapturedTokens captured)
        {
            _captured = captured;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public CapturedTokens Source
        {
            set
            {
                _captured = value;
                _next = 0;
            }
        }

        public override bool IncrementToken()
        {
            if (_next >= _captured._count) return false;
            ClearAttributes();
            var at = _next * 4;
            var start = _next == 0 ? 0 : _captured._tokens[at - 4];
            _term.CopyBuffer(_captured._chars, start, _captured._tokens[at] - start);
            _increment.PositionIncrement = _captured._tokens[at + 1];
            _offset.SetOffset(_captured._tokens[at + 2], _captured._tokens[at + 3]);
            _next++;
            return true;
        }

        public override void End()
        {
            base.End();
            _increment.PositionIncrement = _captured._finalIncrement;
            _offset.SetOffset(_captured._finalOffset, _captured._finalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
