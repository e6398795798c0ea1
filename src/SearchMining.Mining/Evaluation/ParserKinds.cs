using System.Text.RegularExpressions;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// The parser's rule kind of labelled corpus statements: each report is parsed again and a statement is found by the
/// offsets in its id (<c>g012@1040-1102</c> = SourceStart-SourceEnd). Statements the current parser no longer emits at
/// those offsets are left out.
/// </summary>
public static partial class ParserKinds
{
    [GeneratedRegex(@"@(?<start>\d+)-(?<end>\d+)$")]
    private static partial Regex Offsets();

    public static async Task<IReadOnlyDictionary<string, StatementKind>> ReadAsync(IEnumerable<LabelledStatement> statements, string repoRoot, CancellationToken ct)
    {
        var kinds = new Dictionary<string, StatementKind>(StringComparer.Ordinal);
        var reader = new ReportFileReader();
        foreach (var report in statements.Where(s => s.Id is not null && s.Path is not null).GroupBy(s => s.Path!))
        {
            var path = Path.Combine(repoRoot, report.Key);
            if (!File.Exists(path)) continue;
            var outcome = await reader.ReadAsync(path, ct);
            if (outcome.Report is null) continue;
            var byOffsets = outcome.Report.Statements.GroupBy(s => (s.SourceStart, s.SourceEnd)).ToDictionary(g => g.Key, g => g.First().Kind);
            foreach (var s in report)
            {
                var m = Offsets().Match(s.Id!);
                if (m.Success && byOffsets.TryGetValue((int.Parse(m.Groups["start"].Value), int.Parse(m.Groups["end"].Value)), out var kind))
                    kinds[s.Id!] = kind;
            }
        }
        return kinds;
    }
}
