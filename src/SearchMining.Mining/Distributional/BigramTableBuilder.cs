namespace SearchMining.Mining.Distributional;

/// <summary>
/// Learns a <see cref="BigramTable"/> from unlabelled sentences, as scripts/themes-distributional.py: positive PMI of
/// CJK character bigrams seen ≥ <see cref="MinCount"/> times, co-occurring within <see cref="Window"/> bigrams in a
/// sentence (not itself nor the overlapping neighbour), context distribution smoothed ^0.75, rows L2-normalised; a
/// theme's centroid is the normalised sum of its seed bigrams' rows (<see cref="DistributionalSeeds"/>); a bigram's
/// value for a theme is its cosine with the centroid (0 for the theme's own seeds). Keeps the <see cref="MaxRows"/>
/// bigrams with the highest value for any theme, quantised to bytes.
/// </summary>
public static class BigramTableBuilder
{
    public const int Window = 4;
    public const int MinCount = 3;
    public const int MaxRows = 4096;

    public static BigramTable Build(IReadOnlyCollection<string> sentences, int maxRows = MaxRows)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var tokens = new List<int[]>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var bigrams = CjkBigrams.Of(sentence);
            var row = new int[bigrams.Count];
            for (var i = 0; i < row.Length; i++)
            {
                if (!ids.TryGetValue(bigrams[i], out var id))
                {
                    id = ids.Count;
                    ids[bigrams[i]] = id;
                    counts.Add(0);
                }
                counts[id]++;
                row[i] = id;
            }
            tokens.Add(row);
        }
        var names = new string[ids.Count];
        foreach (var (name, id) in ids) names[id] = name;
        bool Kept(int id) => counts[id] >= MinCount;

        var co = new Dictionary<int, Dictionary<int, int>>();
        foreach (var ts in tokens)
            for (var i = 0; i < ts.Length; i++)
            {
                if (!Kept(ts[i])) continue;
                if (!co.TryGetValue(ts[i], out var row)) co[ts[i]] = row = [];
                for (var j = Math.Max(0, i - Window); j < Math.Min(ts.Length, i + Window + 1); j++)
                    if (Math.Abs(i - j) >= 2 && Kept(ts[j]))
                        row[ts[j]] = row.GetValueOrDefault(ts[j]) + 1;
            }
        var context = new Dictionary<int, double>();
        foreach (var row in co.Values)
            foreach (var (c, n) in row)
                context[c] = context.GetValueOrDefault(c) + n;
        foreach (var c in context.Keys.ToList()) context[c] = Math.Pow(context[c], 0.75);
        var z = context.Values.Sum();

        var vectors = new Dictionary<int, Dictionary<int, double>>();
        foreach (var (b, row) in co)
        {
            double rb = row.Values.Sum();
            var v = new Dictionary<int, double>();
            foreach (var (c, n) in row)
            {
                var pmi = Math.Log(n / rb / (context[c] / z));
                if (pmi > 0) v[c] = pmi;
            }
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            if (norm == 0) norm = 1;
            vectors[b] = v.ToDictionary(p => p.Key, p => p.Value / norm);
        }

        var seeds = DistributionalSeeds.Bigrams;
        var centroids = seeds.Select(seed =>
        {
            var c = new Dictionary<int, double>();
            foreach (var bigram in seed.Order(StringComparer.Ordinal))
                if (ids.TryGetValue(bigram, out var id) && vectors.TryGetValue(id, out var v))
                    foreach (var (k, x) in v) c[k] = c.GetValueOrDefault(k) + x;
            var norm = Math.Sqrt(c.Values.Sum(x => x * x));
            if (norm == 0) norm = 1;
            return c.ToDictionary(p => p.Key, p => p.Value / norm);
        }).ToList();

        var rows = new List<(string Bigram, byte[] Values, int Max)>();
        foreach (var (b, v) in vectors)
        {
            var values = new byte[centroids.Count];
            for (var t = 0; t < centroids.Count; t++)
            {
                if (centroids[t].Count == 0 || seeds[t].Contains(names[b])) continue;
                var dot = 0.0;
                foreach (var (k, x) in v)
                    if (centroids[t].TryGetValue(k, out var y)) dot += x * y;
                values[t] = (byte)Math.Clamp(Math.Round(dot * 255), 0, 255);
            }
            var max = values.Max();
            if (max > 0) rows.Add((names[b], values, max));
        }
        var kept = rows.OrderByDescending(r => r.Max).ThenBy(r => r.Bigram, StringComparer.Ordinal).Take(maxRows)
            .ToDictionary(r => r.Bigram, r => r.Values, StringComparer.Ordinal);
        return new BigramTable(kept, Window, sentences.Count);
    }
}
