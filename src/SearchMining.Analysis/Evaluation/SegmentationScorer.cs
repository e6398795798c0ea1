namespace SearchMining.Analysis.Evaluation;

/// <summary>
/// Accumulates precision/recall/F1 of predicted words against gold words, line by line. Words are compared as
/// character spans over the line with whitespace removed, so a word counts as correct only when both of its
/// boundaries match. Lines whose characters differ between gold and prediction are counted as misaligned (their
/// words are still scored, against the shorter text).
/// </summary>
public sealed class SegmentationScorer(IReadOnlySet<string>? trainingWords = null)
{
    private readonly HashSet<(int Start, int End)> _predicted = [];
    private int _lines, _gold, _predictedCount, _correct, _oov, _correctOov, _misaligned;

    /// <summary>Scores one line: <paramref name="gold"/> and <paramref name="predicted"/> are its words in order.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        _lines++;
        _predicted.Clear();
        var position = 0;
        foreach (var word in predicted)
        {
            var length = NonWhitespaceLength(word);
            if (length == 0)
                continue;
            _predicted.Add((position, position + length));
            position += length;
            _predictedCount++;
        }
        var predictedLength = position;
        position = 0;
        foreach (var word in gold)
        {
            var length = NonWhitespaceLength(word);
            if (length == 0)
                continue;
            var span = (position, position + length);
            position += length;
            _gold++;
            var correct = _predicted.Contains(span);
            if (correct)
                _correct++;
            if (trainingWords is not null && !trainingWords.Contains(word))
            {
                _oov++;
                if (correct)
                    _correctOov++;
            }
        }
        if (position != predictedLength)
            _misaligned++;
    }

    public SegmentationScore Score => new(_lines, _gold, _predictedCount, _correct, _oov, _correctOov, _misaligned);

    /// <summary>Splits a gold line into its words (separated by any whitespace, including U+3000).</summary>
    public static string[] GoldWords(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int NonWhitespaceLength(string word)
    {
        var length = 0;
        foreach (var c in word)
            if (!char.IsWhiteSpace(c))
                length++;
        return length;
    }
}
