using SearchMining.Mining.Features;
using SearchMining.Mining.Text;

namespace SearchMining.Mining.Promises;

/// <summary>
/// Inverse document frequencies of terms over a corpus's section-五 statements (each statement a document), so that
/// terms every report uses (加强, 工作, 公开) weigh little and specific ones (解读, 申请) much. Terms are the character
/// bigrams of the statement's content characters (item marker dropped): unlike segmenter words they match across
/// different cuts of one phrase (重点领域信息 / 重点领域).
/// </summary>
public sealed class WordWeights
{
    private readonly Dictionary<string, double> _idf;
    private readonly double _unseen;

    private WordWeights(Dictionary<string, double> idf, double unseen)
    {
        _idf = idf;
        _unseen = unseen;
    }

    public static WordWeights Learn(IEnumerable<string> statements)
    {
        // Each thread counts the statements it takes; the counts are summed (the same frequencies in any order).
        var (documents, frequency) = statements.AsParallel().Aggregate(
            () => (Documents: 0, Frequency: new Dictionary<string, int>(StringComparer.Ordinal)),
            (local, statement) =>
            {
                foreach (var word in Terms(statement).Distinct()) local.Frequency[word] = local.Frequency.GetValueOrDefault(word) + 1;
                return (local.Documents + 1, local.Frequency);
            },
            (a, b) =>
            {
                foreach (var (word, count) in b.Frequency) a.Frequency[word] = a.Frequency.GetValueOrDefault(word) + count;
                return (a.Documents + b.Documents, a.Frequency);
            },
            total => total);
        var idf = frequency.ToDictionary(p => p.Key, p => Math.Log((1.0 + documents) / (1.0 + p.Value)) + 1.0, StringComparer.Ordinal);
        return new WordWeights(idf, Math.Log(1.0 + documents) + 1.0);
    }

    /// <summary>The learned inverse document frequencies and the weight of an unseen term, to be kept and given back to <see cref="Restore"/>.</summary>
    public (IReadOnlyDictionary<string, double> Idf, double Unseen) Learned => (_idf, _unseen);

    /// <summary>Weights learned before (<see cref="Learn"/>) and kept: the same frequencies.</summary>
    public static WordWeights Restore(IReadOnlyDictionary<string, double> idf, double unseen) =>
        new(new Dictionary<string, double>(idf, StringComparer.Ordinal), unseen);

    /// <summary>The statement's TF-IDF vector, normalised to length 1 (empty when it has no counted word).</summary>
    public IReadOnlyDictionary<string, double> Vector(string statement)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in Terms(statement)) vector[word] = vector.GetValueOrDefault(word) + _idf.GetValueOrDefault(word, _unseen);
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (norm > 0)
            foreach (var word in vector.Keys.ToList()) vector[word] /= norm;
        return vector;
    }

    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var sum = 0.0;
        foreach (var (word, weight) in small)
        {
            if (large.TryGetValue(word, out var other)) sum += weight * other;
        }
        return sum;
    }

    private static IEnumerable<string> Terms(string statement)
    {
        var content = ContentText.Of(StatementText.Normalize(statement)).Text;
        for (var i = 0; i + 1 < content.Length; i++) yield return content.Substring(i, 2);
    }
}
