using System.Buffers;

namespace SearchMining.Analysis.Jieba;

/// <summary>
/// Cuts a run the dictionary could not cover, as jieba's finalseg does: Han runs by B/M/E/S Viterbi decoding,
/// Latin/digit runs (with a decimal part and a percent sign) kept whole, anything else between them as one piece.
/// </summary>
internal sealed class HmmCutter(HmmModel model, bool fullWidthAsAscii)
{
    private const int StackLimit = 128;

    public void Cut(ReadOnlySpan<char> text, int offset, List<TokenSpan> output)
    {
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            if (CharClasses.IsHan(text[i]))
            {
                while (j < text.Length && CharClasses.IsHan(text[j]))
                    j++;
                Viterbi(text[i..j], offset + i, output);
            }
            else
            {
                j = CutNonHan(text, i, offset, output);
            }
            i = j;
        }
    }

    // Non-Han run starting at i: pieces matching [a-zA-Z0-9]+(\.\d+)?%? are kept whole, the text between them too.
    private int CutNonHan(ReadOnlySpan<char> text, int i, int offset, List<TokenSpan> output)
    {
        var gapStart = i;
        while (i < text.Length && !CharClasses.IsHan(text[i]))
        {
            if (!CharClasses.IsLatin(text[i], fullWidthAsAscii))
            {
                i++;
                continue;
            }
            if (i > gapStart)
                output.Add(new TokenSpan(offset + gapStart, offset + i));
            var end = i;
            while (end < text.Length && CharClasses.IsLatin(text[end], fullWidthAsAscii))
                end++;
            if (end + 1 < text.Length && IsDecimalPoint(text[end]) && CharClasses.IsDigit(text[end + 1], fullWidthAsAscii))
            {
                end += 2;
                while (end < text.Length && CharClasses.IsDigit(text[end], fullWidthAsAscii))
                    end++;
            }
            if (end < text.Length && IsPercent(text[end]))
                end++;
            output.Add(new TokenSpan(offset + i, offset + end));
            i = end;
            gapStart = i;
        }
        if (i > gapStart)
            output.Add(new TokenSpan(offset + gapStart, offset + i));
        return i;
    }

    private bool IsDecimalPoint(char c) => c == '.' || (fullWidthAsAscii && c == '\uFF0E');

    private bool IsPercent(char c) => c == '%' || (fullWidthAsAscii && c == '\uFF05');

    private void Viterbi(ReadOnlySpan<char> han, int offset, List<TokenSpan> output)
    {
        var n = han.Length;
        var cells = n * HmmModel.StateCount;
        double[]? rentedProb = null;
        byte[]? rentedBack = null;
        Span<double> prob = cells <= StackLimit * HmmModel.StateCount ? stackalloc double[cells] : (rentedProb = ArrayPool<double>.Shared.Rent(cells));
        Span<byte> back = cells <= StackLimit * HmmModel.StateCount ? stackalloc byte[cells] : (rentedBack = ArrayPool<byte>.Shared.Rent(cells));
        try
        {
            for (var y = 0; y < HmmModel.StateCount; y++)
                prob[y] = model.Start(y) + model.Emission(y, han[0]);
            for (var t = 1; t < n; t++)
            {
                var row = t * HmmModel.StateCount;
                var prev = row - HmmModel.StateCount;
                var c = han[t];
                Step(prob, back, prev, row, HmmModel.B, HmmModel.E, HmmModel.S, model.Emission(HmmModel.B, c));
                Step(prob, back, prev, row, HmmModel.M, HmmModel.M, HmmModel.B, model.Emission(HmmModel.M, c));
                Step(prob, back, prev, row, HmmModel.S, HmmModel.S, HmmModel.E, model.Emission(HmmModel.S, c));
                Step(prob, back, prev, row, HmmModel.E, HmmModel.B, HmmModel.M, model.Emission(HmmModel.E, c));
            }
            var last = (n - 1) * HmmModel.StateCount;
            // The last character ends a word: E or S, ties to S.
            var state = prob[last + HmmModel.S] >= prob[last + HmmModel.E] ? HmmModel.S : HmmModel.E;
            Span<byte> path = n <= StackLimit ? stackalloc byte[n] : new byte[n];
            for (var t = n - 1; t >= 0; t--)
            {
                path[t] = (byte)state;
                state = back[t * HmmModel.StateCount + state];
            }
            Emit(path, offset, output);
        }
        finally
        {
            if (rentedProb is not null)
                ArrayPool<double>.Shared.Return(rentedProb);
            if (rentedBack is not null)
                ArrayPool<byte>.Shared.Return(rentedBack);
        }
    }

    private void Step(Span<double> prob, Span<byte> back, int prev, int row, int state, int from1, int from2, double emission)
    {
        var p1 = prob[prev + from1] + model.Transition(from1, state) + emission;
        var p2 = prob[prev + from2] + model.Transition(from2, state) + emission;
        // jieba takes max((prob, state)): on equal probability the alphabetically larger state wins.
        var takeFirst = p1 > p2 || (p1 == p2 && from1 > from2);
        prob[row + state] = takeFirst ? p1 : p2;
        back[row + state] = (byte)(takeFirst ? from1 : from2);
    }

    private static void Emit(ReadOnlySpan<byte> path, int offset, List<TokenSpan> output)
    {
        var begin = 0;
        var next = 0;
        for (var i = 0; i < path.Length; i++)
        {
            switch (path[i])
            {
                case HmmModel.B:
                    begin = i;
                    break;
                case HmmModel.E:
                    output.Add(new TokenSpan(offset + begin, offset + i + 1));
                    next = i + 1;
                    break;
                case HmmModel.S:
                    output.Add(new TokenSpan(offset + i, offset + i + 1));
                    next = i + 1;
                    break;
            }
        }
        if (next < path.Length)
            output.Add(new TokenSpan(offset + next, offset + path.Length));
    }
}
