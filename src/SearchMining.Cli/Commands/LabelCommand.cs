using System.CommandLine;
using System.Globalization;
using SearchMining.Core.Classification;
using SearchMining.Core.Corpus;
using SearchMining.Core.Domain;
using SearchMining.Core.Ingestion;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Themes;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining label &lt;report&gt;</c>: review the section-五 statements of a real report one by one — the ones the
/// model is least sure of first — with the parser's kind and the model's themes as suggestions, and append the answers
/// to a labels file. A report of data/corpus gets the corpus fields (id, path, split, slug).
/// </summary>
internal static class LabelCommand
{
    private enum Order
    {
        /// <summary>Least sure first (<see cref="UncertaintyOrder"/>); file order when no model is loaded.</summary>
        Uncertain,
        File,
    }

    public static Command Create()
    {
        var file = new Argument<string>("report") { Description = "A report file (.txt .docx .html .pdf)." };
        var labels = new Option<string>("--labels") { Description = "Labels file to append to.", DefaultValueFactory = _ => ThemeModelFiles.Labels };
        var model = new Option<string>("--model") { Description = "Theme model used for suggestions and the order.", DefaultValueFactory = _ => ThemeModelFiles.Model };
        var list = new Option<bool>("--list") { Description = "Only list the statements not yet labelled, with suggestions." };
        var order = new Option<Order>("--order") { Description = "Uncertain: the statements the model is least sure of first (active learning); File: in report order.", DefaultValueFactory = _ => Order.Uncertain };
        var command = new Command("label", "Review a report's section-五 statements, least sure first, and add them to the labelled dataset (reads answers from stdin).");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { labels, model, list, order }) command.Options.Add(o);
        command.SetAction(async (result, ct) =>
        {
            var reportPath = result.GetValue(file)!;
            var outcome = await new ReportFileReader().ReadAsync(reportPath, ct);
            if (outcome.Report is null)
            {
                Console.Error.WriteLine($"{outcome.SourceFile}: {outcome.Error!.Kind}: {outcome.Error.Message}");
                return 1;
            }
            var report = outcome.Report;
            var labelsPath = result.GetValue(labels)!;
            var store = new LabelFile();
            var existing = File.Exists(labelsPath) ? await store.ReadAsync(labelsPath, ct) : LabelSet.Empty;
            if (existing.Errors.Count > 0)
            {
                // `train` refuses such a file: fix it first rather than append to it.
                foreach (var error in existing.Errors) Console.Error.WriteLine($"{labelsPath}: {error}");
                return 1;
            }
            var pending = report.Statements.Where(s => !existing.Contains(report.SourceFile, s.Text)).ToList();
            Console.WriteLine($"{report.SourceFile}: {report.Statements.Count} statements, {pending.Count} not yet labelled.");
            var load = ThemeClassifierLoader.Load(result.GetValue(model)!, MiningServices.CreateTokenizer());
            if (load.Error is not null) Console.WriteLine($"(no theme suggestions: {load.Error.Message})");
            var suggestions = pending.Select(s => load.Classifier?.Classify(s.Text)).ToList();
            var thresholds = load.Classifier?.Model.Manifest.Thresholds;
            IReadOnlyList<int> sequence = thresholds is not null && result.GetValue(order) == Order.Uncertain
                ? UncertaintyOrder.LeastSureFirst(suggestions.Select(s => s!).ToList(), thresholds)
                : Enumerable.Range(0, pending.Count).ToList();
            if (thresholds is not null && result.GetValue(order) == Order.Uncertain) Console.WriteLine("Order: the statements the model is least sure of first.");
            Console.WriteLine($"Answer: Enter = accept suggestion, s = skip, q = quit, or '<p|r|m> theme,theme' ({string.Join(", ", ThemeIds.All)}).");
            var corpusFields = CorpusFields(reportPath, report.SourceFile);
            var added = 0;
            for (var n = 0; n < sequence.Count; n++)
            {
                var statement = pending[sequence[n]];
                var suggestion = suggestions[sequence[n]];
                var themes = suggestion?.Themes ?? [];
                Console.WriteLine();
                Console.WriteLine($"[{n + 1}/{pending.Count}] {statement.Text}");
                var margin = suggestion is not null && thresholds is not null
                    ? $" (margin {UncertaintyOrder.Margin(suggestion, thresholds).ToString("0.000", CultureInfo.InvariantCulture)})"
                    : "";
                Console.WriteLine($"  suggestion: {StatementKindNames.ToName(statement.Kind)} {string.Join(",", themes)}{margin}");
                if (result.GetValue(list)) continue;
                LabelAnswer answer;
                do
                {
                    Console.Write("> ");
                    answer = LabelAnswer.Parse(Console.ReadLine(), statement.Kind, themes);
                    if (answer.Error is not null) Console.WriteLine($"  {answer.Error}");
                }
                while (answer.Action == LabelAnswerAction.Invalid);
                if (answer.Action == LabelAnswerAction.Quit) break;
                if (answer.Action == LabelAnswerAction.Skip) continue;
                var group = report.Agency ?? Path.GetFileNameWithoutExtension(report.SourceFile);
                var line = new LabelledStatement(statement.Text, report.SourceFile, group, answer.Kind, answer.Themes, Synthetic: false);
                if (corpusFields is { } c && statement.SourceStart >= 0)
                    line = line with { Id = $"{c.Prefix}@{statement.SourceStart}-{statement.SourceEnd}", Path = c.Path, Split = c.Split, Slug = c.Slug };
                await store.AppendAsync(labelsPath, [line], ct);
                added++;
            }
            Console.WriteLine($"Added {added} labelled statements to {labelsPath}.");
            return 0;
        });
        return command;
    }

    /// <summary>For a report under data/corpus: its file prefix, repository path, split and agency slug (data/corpus/SPLIT.md).</summary>
    private static (string Prefix, string Path, string Split, string Slug)? CorpusFields(string reportPath, string sourceFile)
    {
        var full = Path.GetFullPath(reportPath);
        var root = Path.GetFullPath(".");
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        if (!relative.StartsWith("data/corpus/", StringComparison.Ordinal) || CorpusSplit.SlugOf(sourceFile) is not { } slug) return null;
        var part = CorpusSplit.ForRepository(root).PartOf(full);
        if (part is not (CorpusPart.Dev or CorpusPart.Test)) return null;
        return (sourceFile[..sourceFile.IndexOf('_')], relative, part == CorpusPart.Dev ? LabelFile.DevSplit : LabelFile.TestSplit, slug);
    }
}
