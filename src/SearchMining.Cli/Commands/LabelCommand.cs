using System.CommandLine;
using SearchMining.Core.Ingestion;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Themes;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining label &lt;report&gt;</c>: review the section-五 statements of a real report one by one (the parser's
/// kind and the model's themes are offered as suggestions) and append the answers to the labels file.
/// </summary>
internal static class LabelCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("report") { Description = "A report file (.txt .docx .html .pdf)." };
        var labels = new Option<string>("--labels") { Description = "Labels file to append to.", DefaultValueFactory = _ => ThemeModelFiles.Labels };
        var model = new Option<string>("--model") { Description = "Theme model used for suggestions.", DefaultValueFactory = _ => ThemeModelFiles.Model };
        var list = new Option<bool>("--list") { Description = "Only list the statements not yet labelled, with suggestions." };
        var command = new Command("label", "Review a report's section-五 statements and add them to the labelled dataset (reads answers from stdin).");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { labels, model, list }) command.Options.Add(o);
        command.SetAction(async (result, ct) =>
        {
            var outcome = await new ReportFileReader().ReadAsync(result.GetValue(file)!, ct);
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
            Console.WriteLine($"Answer: Enter = accept suggestion, s = skip, q = quit, or '<p|r|m> theme,theme' ({string.Join(", ", ThemeIds.All)}).");
            var added = 0;
            for (var i = 0; i < pending.Count; i++)
            {
                var statement = pending[i];
                var themes = load.Classifier?.Classify(statement.Text).Themes ?? [];
                Console.WriteLine();
                Console.WriteLine($"[{i + 1}/{pending.Count}] {statement.Text}");
                Console.WriteLine($"  suggestion: {StatementKindNames.ToName(statement.Kind)} {string.Join(",", themes)}");
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
                await store.AppendAsync(labelsPath, [new LabelledStatement(statement.Text, report.SourceFile, group, answer.Kind, answer.Themes, Synthetic: false)], ct);
                added++;
            }
            Console.WriteLine($"Added {added} labelled statements to {labelsPath}.");
            return 0;
        });
        return command;
    }
}
