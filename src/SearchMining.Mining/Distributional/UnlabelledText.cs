using System.Text.RegularExpressions;
using SearchMining.Core.Corpus;
using SearchMining.Core.Domain;

namespace SearchMining.Mining.Distributional;

/// <summary>
/// The unlabelled text the distributional table learns from: sections 一 (split into sentences) and 五 (the parser's
/// statements) of every dev report — the collected corpus files <see cref="CorpusSplit"/> calls dev (never a file of a
/// test agency, nor of a holdout folder not yet released: <see cref="CorpusSplit"/> calls those test) and the bundled samples. Only the listed files are read.
/// </summary>
public static partial class UnlabelledText
{
    [GeneratedRegex(@"[。；;！!？?\n]+")]
    private static partial Regex SentenceBreak();

    /// <summary>The report files to read, under <paramref name="repoRoot"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Files(string repoRoot)
    {
        var split = CorpusSplit.ForRepository(repoRoot);
        var files = new List<string>();
        var samples = Path.Combine(repoRoot, CorpusFolders.Samples);
        if (Directory.Exists(samples)) files.AddRange(Directory.EnumerateFiles(samples, "*.txt"));
        var collected = Path.Combine(repoRoot, CorpusFolders.Collected);
        if (Directory.Exists(collected))
            files.AddRange(Directory.EnumerateFiles(collected, "*.txt", SearchOption.AllDirectories)
                .Where(f => CorpusSplit.SlugOf(Path.GetFileName(f)) is not null && split.PartOf(f) == CorpusPart.Dev));
        return files.OrderBy(f => f, StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads and parses each file with <paramref name="parse"/> and returns the sentences of the reports that parsed.</summary>
    public static async Task<IReadOnlyList<UnlabelledSentence>> ReadAsync(IEnumerable<string> files, Func<string, CancellationToken, Task<ParseOutcome>> parse, CancellationToken ct)
    {
        var result = new List<UnlabelledSentence>();
        foreach (var file in files)
        {
            var outcome = await parse(file, ct).ConfigureAwait(false);
            if (outcome.Report is not { } report) continue;
            var name = Path.GetFileName(file);
            var agency = CorpusSplit.SlugOf(name) ?? name;
            result.AddRange(Sentences(report).Select(s => new UnlabelledSentence(agency, s)));
        }
        return result;
    }

    /// <summary>A report's statements of section 五, then the sentences (over 4 characters) of its section 一.</summary>
    public static IEnumerable<string> Sentences(Report report) =>
        report.Statements.Select(s => s.Text)
            .Concat(report.Sections.Where(s => s.Number == "一").SelectMany(s => SentenceBreak().Split(s.Text)).Where(s => s.Length > 4));
}
