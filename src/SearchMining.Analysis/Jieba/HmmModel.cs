namespace SearchMining.Analysis.Jieba;

/// <summary>
/// jieba's character HMM over the states B, E, M, S (begin, end, middle of a word, single-character word), as
/// natural-log probabilities. State indices follow alphabetical order so that ties break as in jieba.
/// </summary>
public sealed class HmmModel
{
    /// <summary>jieba's stand-in for log(0).</summary>
    public const double MinLogProbability = -3.14e100;

    internal const int B = 0, E = 1, M = 2, S = 3, StateCount = 4;

    private readonly double[] _start;
    private readonly double[] _transition;
    private readonly double[] _emission;

    internal HmmModel(double[] start, double[] transition, double[] emission)
    {
        _start = start;
        _transition = transition;
        _emission = emission;
    }

    /// <summary>Number of characters with an emission probability for at least one state.</summary>
    public int CharacterCount
    {
        get
        {
            var count = 0;
            for (var c = 0; c <= char.MaxValue; c++)
                if (_emission[c * StateCount] > MinLogProbability || _emission[c * StateCount + S] > MinLogProbability)
                    count++;
            return count;
        }
    }

    internal double Start(int state) => _start[state];

    internal double Transition(int from, int to) => _transition[from * StateCount + to];

    internal double Emission(int state, char c) => _emission[c * StateCount + state];

    internal static int StateIndex(string name) => name switch
    {
        "B" => B,
        "E" => E,
        "M" => M,
        "S" => S,
        _ => -1,
    };
}
