using System.Globalization;

namespace SearchMining.Index.Ranking;

/// <summary>
/// A boosted tree ensemble over <see cref="RerankFeatures"/> (trained with ML.NET's LightGbm LambdaRank by
/// <c>eval-relevance --rerank-train</c>, docs/RELEVANCE.md round 5), evaluated here without ML.NET: a sum of trees, each
/// walked from its root (feature value ≤ threshold → left child; a negative child <c>~leaf</c> is a leaf). Deterministic.
/// File format (TSV): <c>features</c> with the feature names, <c>bias</c>, then per tree a <c>tree</c> line (its weight),
/// one <c>node</c> line per split (feature index, threshold, left, right) and a <c>leaves</c> line.
/// </summary>
public sealed class RerankModel
{
    /// <summary>The model shipped with the engine (embedded <c>Ranking/reranker.tsv</c>).</summary>
    public const string ResourceName = "SearchMining.Index.Ranking.reranker.tsv";

    private readonly Tree[] _trees;
    private readonly double _bias;

    private RerankModel(IReadOnlyList<string> features, double bias, Tree[] trees) => (Features, _bias, _trees) = (features, bias, trees);

    public IReadOnlyList<string> Features { get; }
    public int Trees => _trees.Length;

    private sealed record Tree(double Weight, int[] Feature, double[] Threshold, int[] Left, int[] Right, double[] Leaves);

    private static readonly Lazy<RerankModel?> Shipped = new(() =>
    {
        using var stream = typeof(RerankModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(new StreamReader(stream));
    });

    /// <summary>The shipped model, or null when the assembly carries none.</summary>
    public static RerankModel? Default => Shipped.Value;

    public double Score(ReadOnlySpan<float> features)
    {
        var sum = _bias;
        foreach (var tree in _trees)
        {
            if (tree.Feature.Length == 0)
            {
                sum += tree.Weight * tree.Leaves[0];
                continue;
            }
            var node = 0;
            while (node >= 0) node = features[tree.Feature[node]] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
            sum += tree.Weight * tree.Leaves[~node];
        }
        return sum;
    }

    public static RerankModel Read(TextReader reader)
    {
        IReadOnlyList<string> features = [];
        var bias = 0.0;
        var trees = new List<Tree>();
        double weight = 1;
        var feature = new List<int>();
        var threshold = new List<double>();
        var left = new List<int>();
        var right = new List<int>();
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "features": features = cells[1..]; break;
                case "bias": bias = D(cells[1]); break;
                case "tree":
                    weight = D(cells[1]);
                    feature.Clear(); threshold.Clear(); left.Clear(); right.Clear();
                    break;
                case "node":
                    feature.Add(int.Parse(cells[1], CultureInfo.InvariantCulture));
                    threshold.Add(D(cells[2]));
                    left.Add(int.Parse(cells[3], CultureInfo.InvariantCulture));
                    right.Add(int.Parse(cells[4], CultureInfo.InvariantCulture));
                    break;
                case "leaves":
                    trees.Add(new Tree(weight, [.. feature], [.. threshold], [.. left], [.. right], cells[1..].Select(D).ToArray()));
                    break;
                default: throw new FormatException($"Re-ranker model line {number}: unknown row '{cells[0]}'.");
            }
        }
        if (trees.Any(t => t.Feature.Any(f => f < 0 || f >= features.Count)))
            throw new FormatException("Re-ranker model: a split names a feature the model does not list.");
        return new RerankModel(features, bias, [.. trees]);
    }

    private static double D(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
