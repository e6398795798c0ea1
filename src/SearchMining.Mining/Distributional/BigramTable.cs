using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SearchMining.Mining.Distributional;

/// <summary>
/// Wording learnt from unlabelled report text (round 9, scripts/themes-distributional.py): for each kept CJK bigram its
/// cosine similarity to each theme's centroid in a PPMI space, quantised to a byte (÷ 255) — 0 for a theme's own seed
/// bigrams, which the feature skips. Stored in the model zip (<c>bigrams.tsv</c>) with its <see cref="Fingerprint"/>.
/// </summary>
public sealed class BigramTable
{
    /// <summary>Statement feature: the mean of a theme's <see cref="Top"/> highest similarities among the statement's bigrams.</summary>
    public const int Top = 2;

    private readonly Dictionary<string, byte[]> _rows;

    public BigramTable(IReadOnlyDictionary<string, byte[]> rows, int window, int sentences)
    {
        if (rows.Values.Any(r => r.Length != ThemeIds.All.Count))
            throw new ArgumentException($"every row needs {ThemeIds.All.Count} values", nameof(rows));
        _rows = new Dictionary<string, byte[]>(rows, StringComparer.Ordinal);
        Window = window;
        Sentences = sentences;
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToTsv())))[..16];
    }

    public int Window { get; }
    /// <summary>Sentences of unlabelled text the table was learnt from.</summary>
    public int Sentences { get; }
    public int Count => _rows.Count;
    public string Fingerprint { get; }

    /// <summary>One theme's similarity of a bigram (0 when the bigram is not kept).</summary>
    public double Similarity(string bigram, int theme) => _rows.TryGetValue(bigram, out var row) ? row[theme] / 255.0 : 0;

    /// <summary>The distributional feature of every theme (<see cref="ThemeIds.All"/> order; <c>other</c> is 0).</summary>
    public double[] Features(string text)
    {
        var result = new double[ThemeIds.All.Count];
        var rows = CjkBigrams.Of(text).Distinct(StringComparer.Ordinal).Select(b => _rows.GetValueOrDefault(b)).OfType<byte[]>().ToList();
        Span<int> best = stackalloc int[Top];
        for (var t = 0; t < result.Length; t++)
        {
            best.Clear();
            foreach (var row in rows)
            {
                int v = row[t];
                for (var k = 0; k < Top; k++)
                {
                    if (v <= best[k]) continue;
                    (best[k], v) = (v, best[k]);
                }
            }
            var sum = 0;
            foreach (var v in best) sum += v;
            result[t] = sum / 255.0 / Top;
        }
        return result;
    }

    /// <summary>The nearest bigrams of a theme (not its seeds), for the card and the docs.</summary>
    public IReadOnlyList<(string Bigram, double Similarity)> Nearest(int theme, int count) =>
        _rows.Where(r => r.Value[theme] > 0).OrderByDescending(r => r.Value[theme]).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(count).Select(r => (r.Key, r.Value[theme] / 255.0)).ToList();

    /// <summary>Text form: a header line (window, sentences), then one line per bigram in ordinal order: the bigram and its values.</summary>
    public string ToTsv()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"#window={Window}\tsentences={Sentences}\n");
        foreach (var (bigram, row) in _rows.OrderBy(r => r.Key, StringComparer.Ordinal))
            text.Append(bigram).Append('\t').AppendJoin(',', row).Append('\n');
        return text.ToString();
    }

    /// <summary>Reads <see cref="ToTsv"/>; throws <see cref="FormatException"/> on a malformed line.</summary>
    public static BigramTable Parse(string tsv)
    {
        var lines = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0 || !lines[0].StartsWith('#')) throw new FormatException("bigram table: missing header");
        var header = lines[0][1..].Split('\t').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var rows = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            var values = parts.Length == 2 ? parts[1].Split(',') : [];
            if (values.Length != ThemeIds.All.Count) throw new FormatException($"bigram table: bad line '{line}'");
            rows[parts[0]] = values.Select(v => byte.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        }
        return new BigramTable(rows, header["window"], header["sentences"]);
    }
}
