using System.Globalization;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Distributional;
using SearchMining.Mining.Evaluation;

namespace SearchMining.Cli.Commands;

/// <summary>
/// `tune --distributional`: the reference (shared threshold) and the supervision stacker read on round 8's proxy —
/// held-out statements without close text in another agency (all, Pingtan's, outside Pingtan) — mean ± sd over the
/// partitions, per-theme F1 differences, and the difference bootstrapped over agencies (mean of the partitions' intervals).
/// </summary>
internal static class StackerPrinter
{
    public static void Print(string configuration, IReadOnlyList<StackedReading> partitions, IReadOnlyList<LabelledStatement> pool)
    {
        var fresh = CloseText.Novel(pool, pool);
        Console.WriteLine($"distributional ({configuration}):");
        foreach (var (view, keep) in new (string, Func<LabelledStatement, bool>)[]
        {
            ("fresh", s => fresh.Contains(s)),
            ("fresh-pingtan", s => fresh.Contains(s) && AgencyArchive.IsPingtan(s)),
            ("fresh-outside", s => fresh.Contains(s) && !AgencyArchive.IsPingtan(s)),
        })
        {
            var reference = partitions.Select(p => MetricsCalculator.Compute(p.Reference.Where(e => keep(e.Gold)).ToList())).ToList();
            var stacked = partitions.Select(p => MetricsCalculator.Compute(p.Stacked.Where(e => keep(e.Gold)).ToList())).ToList();
            var leads = partitions.Select(p => PairedBootstrap.MacroF1Difference(p.Stacked.Where(e => keep(e.Gold)).ToList(), p.Reference.Where(e => keep(e.Gold)).ToList(), unit: ThemeDataset.AgencyOf, resamples: 1000)).ToList();
            Console.WriteLine($"  [{view}: {reference[0].Statements} statements] ref {Summary(reference)}");
            Console.WriteLine($"  [{view}] stacked {Summary(stacked)}");
            Console.WriteLine($"  [{view}] stacked vs ref: per partition {string.Join(" ", leads.Select(l => Signed(l.Observed)))} mean {Signed(leads.Average(l => l.Observed))}; 95 % agency bootstrap (mean over partitions) {Signed(leads.Average(l => l.Low))} … {Signed(leads.Average(l => l.High))}");
            Console.WriteLine($"  [{view}] per theme: {string.Join("; ", ThemeIds.All.Select(t => $"{t} {Signed(stacked.Average(m => m.PerTheme[t].F1) - reference.Average(m => m.PerTheme[t].F1))}"))}");
        }
        var stackers = partitions.SelectMany(p => p.Stackers).ToList();
        Console.WriteLine($"  stackers fitted in the folds (first 4): {string.Join(" ", stackers.Take(4).Select(s => $"(thr {F(s.Threshold)}; {string.Join(", ", s.Weights.Select(F))})"))}");
    }

    private static string Summary(IReadOnlyList<ClassificationMetrics> runs)
    {
        var mean = runs.Average(r => r.MacroF1);
        var sd = Math.Sqrt(runs.Sum(r => (r.MacroF1 - mean) * (r.MacroF1 - mean)) / Math.Max(1, runs.Count - 1));
        var sup = runs.Select(r => r.PerTheme[ThemeIds.Supervision]).ToList();
        var supMean = sup.Average(s => s.F1);
        var supSd = Math.Sqrt(sup.Sum(s => (s.F1 - supMean) * (s.F1 - supMean)) / Math.Max(1, runs.Count - 1));
        return $"macro-F1 {F(mean)} sd {F(sd)} parts {string.Join(" ", runs.Select(r => F(r.MacroF1)))}; supervision {F(supMean)}±{F(supSd)} P{F(sup.Average(s => s.Precision))} R{F(sup.Average(s => s.Recall))} ({sup[0].Support}); other {F(runs.Average(r => r.PerTheme[ThemeIds.Other].F1))}";
    }

    private static string Signed(double v) => (v >= 0 ? "+" : "") + F(v);
    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
