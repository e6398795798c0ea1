using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SearchMining.Core.Corpus;
using SearchMining.Core.Domain;
using SearchMining.Core.Evaluation;
using SearchMining.Core.Ingestion;
using SearchMining.Core.Parsing;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining audit [--gold FILE] [--split dev|test|all]</c>: parses every gold report of the split asked
/// (data/corpus/SPLIT.md) and prints per-field accuracy / F1 against the hand-read facts, then that split's errors.
/// </summary>
internal static class AuditCommand
{
    public const string DefaultGold = "data/corpus/gold/gold.jsonl";

    public static Command Create()
    {
        var gold = new Option<FileInfo?>("--gold") { Description = $"Gold facts, one JSON object per line (default: {DefaultGold} of the repository)." };
        var split = new Option<string>("--split") { Description = "Which reports to score: dev (default), test or all.", DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong("dev", "test", "all");
        var command = new Command("audit", "Score the parser field by field against hand-read gold facts (data/corpus/gold), on one side of the dev/test split.");
        command.Options.Add(gold);
        command.Options.Add(split);
        var readers = new Option<FileInfo?>("--readers") { Description = "Also write, one JSON line per scored report, what each agency reader answers alone and whether it equals the gold (docs/PARSING.md round 13)." };
        command.Options.Add(readers);
        command.SetAction(async (result, ct) =>
        {
            var goldFile = result.GetValue(gold)?.FullName ?? FindDefaultGold();
            if (goldFile is null || !File.Exists(goldFile))
            {
                Console.Error.WriteLine($"gold file not found: {goldFile ?? DefaultGold + " (no SearchMining.sln above the current folder)"}");
                return 2;
            }
            var read = GoldFile.Read(await File.ReadAllLinesAsync(goldFile, Encoding.UTF8, ct));
            if (read.Errors.Count > 0)
            {
                foreach (var error in read.Errors) Console.Error.WriteLine($"{goldFile}: {error}");
                return 2;
            }
            var root = RepositoryRootOf(goldFile);
            var corpusSplit = CorpusSplit.ForRepository(root);
            var part = result.GetValue(split)!;
            var chosen = read.Facts.Where(f => part == "all" || (part == "dev") == corpusSplit.IsDev(f.File)).ToList();
            var reader = new ReportFileReader();
            var items = new List<(GoldFacts, ParseOutcome)>();
            foreach (var facts in chosen)
                items.Add((facts, await reader.ReadAsync(Path.Combine(root, facts.File), ct)));
            Print(ParserAudit.Score(items), part, goldFile, Console.Out);
            if (result.GetValue(readers) is { } readersFile) await WriteReadingsAsync(chosen, root, goldFile, readersFile.FullName, ct);
            return 0;
        });
        return command;
    }

    /// <summary>One JSON line per report: the gold agency and each agency reader's answer alone, in the parser's order.</summary>
    private static async Task WriteReadingsAsync(List<GoldFacts> chosen, string root, string goldFile, string path, CancellationToken ct)
    {
        var decoder = new TextDecoder();
        var lines = new List<string>();
        foreach (var facts in chosen.Where(f => f.Has("agency")))
        {
            var text = decoder.Decode(await File.ReadAllBytesAsync(Path.Combine(root, facts.File), ct)).Text ?? "";
            var readings = ReportParser.AgencyReadings(text)
                .Select(r => new { reader = r.Reader, agency = r.Agency, correct = ParserAudit.SameAgency(facts.Agency, r.Agency) });
            lines.Add(JsonSerializer.Serialize(new { gold = Path.GetFileNameWithoutExtension(goldFile), file = facts.File, agency = facts.Agency, readings }, JsonOptions));
        }
        await File.AppendAllLinesAsync(path, lines, new UTF8Encoding(false), ct);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Print(AuditResult audit, string part, string goldFile, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"audit of {audit.Reports} gold reports (split: {part}) from {goldFile}");
        output.WriteLine($"rejected (not parsed as a report): {audit.Rejected.Count}");
        output.WriteLine($"{"field",-16} {"n",4} {"exact",5} {"acc",6} {"P",6} {"R",6} {"F1",6}");
        foreach (var f in audit.Fields)
        {
            var acc = f.Count == 0 ? "–" : f.Accuracy.ToString("0.000", inv);
            var prf = f.IsSet && f.Count > 0
                ? $" {f.Precision.ToString("0.000", inv),6} {f.Recall.ToString("0.000", inv),6} {f.F1.ToString("0.000", inv),6}"
                : "";
            output.WriteLine($"{f.Field,-16} {f.Count,4} {f.Correct,5} {acc,6}{prf}");
        }
        foreach (var r in audit.Rejected) output.WriteLine($"REJECTED {r.File}: {r.Actual}");
        if (audit.Errors.Count == 0) return;
        output.WriteLine();
        output.WriteLine("errors (expected → parser):");
        foreach (var group in audit.Errors.GroupBy(e => e.File))
        {
            output.WriteLine(group.Key);
            foreach (var e in group) output.WriteLine($"  {e.Field}: {e.Expected} → {e.Actual}");
        }
    }

    private static string? FindDefaultGold()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchMining.sln"))) return Path.Combine(dir.FullName, DefaultGold);
        }
        return null;
    }

    /// <summary>The folder holding SearchMining.sln above the gold file (gold paths are relative to it), else the gold file's folder.</summary>
    private static string RepositoryRootOf(string goldFile)
    {
        for (var dir = new FileInfo(goldFile).Directory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchMining.sln"))) return dir.FullName;
        }
        return Path.GetDirectoryName(Path.GetFullPath(goldFile))!;
    }
}
