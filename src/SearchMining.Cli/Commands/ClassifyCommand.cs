using System.CommandLine;
using System.Globalization;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Mining.Themes;

namespace SearchMining.Cli.Commands;

/// <summary><c>searchmining classify "&lt;text&gt;"</c>: kind, themes and theme scores of a section-五 statement.</summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        var texts = new Argument<string[]>("text") { Description = "One or more statements to classify.", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string>("--model") { Description = "Theme model zip.", DefaultValueFactory = _ => ThemeModelFiles.Model };
        var command = new Command("classify", "Classify section-五 statements: kind (problem/rectification/measure), themes and scores.");
        command.Arguments.Add(texts);
        command.Options.Add(model);
        command.SetAction(result =>
        {
            if (result.GetValue(texts)!.Any(string.IsNullOrWhiteSpace))
            {
                Console.Error.WriteLine("nothing to classify: a statement is empty");
                return 2;
            }
            var load = ThemeClassifierLoader.Load(result.GetValue(model)!, MiningServices.CreateTokenizer());
            if (load.Classifier is null)
            {
                Console.Error.WriteLine($"{load.Error!.Kind}: {load.Error.Message}");
                return 2;
            }
            var thresholds = load.Classifier.Model.Manifest.Thresholds;
            foreach (var text in result.GetValue(texts)!)
            {
                var c = load.Classifier.Classify(text);
                Console.WriteLine(text);
                Console.WriteLine($"  kind:   {StatementKindNames.ToName(c.Kind)} ({c.KindConfidence.ToString("0.00", CultureInfo.InvariantCulture)})");
                // The parser's cue rules on the text alone (in a report they also read headings and lead-ins): shown beside the model's kind.
                var rule = StatementKindRules.FromCues(text, StatementKind.Problem);
                var cued = rule == StatementKindRules.FromCues(text, StatementKind.Measure); // else no cue fired and the fallback came back
                Console.WriteLine($"  rule:   {(cued ? StatementKindNames.ToName(rule) : "(no cue)")}");
                Console.WriteLine($"  themes: {(c.Themes.Count == 0 ? "(none)" : string.Join(", ", c.Themes))}");
                foreach (var (theme, score) in c.ThemeScores.OrderByDescending(s => s.Value))
                {
                    var mark = c.Themes.Contains(theme) ? "*" : " ";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {mark} {theme,-16} {score:0.000}  (threshold {thresholds.GetValueOrDefault(theme, 0.5):0.00})"));
                }
            }
            return 0;
        });
        return command;
    }
}
