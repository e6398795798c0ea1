using SearchMining.Core.Classification;
using SearchMining.Core.Domain;

namespace SearchMining.Index.Ingestion;

/// <summary>Fills statement kinds/themes and commitment themes from an <see cref="IStatementClassifier"/>.</summary>
public static class StatementThemer
{
    /// <summary>The classified report, or the report unchanged plus a warning when the classifier fails.</summary>
    public static (Report Report, string? Warning) Apply(Report report, IStatementClassifier? classifier)
    {
        if (classifier is null || (report.Statements.Count == 0 && report.Commitments.Count == 0)) return (report, null);
        try
        {
            var statements = report.Statements.Select(s =>
            {
                var c = classifier.Classify(s.Text);
                return s with { Kind = c.Kind, Themes = c.Themes };
            }).ToList();
            var commitments = report.Commitments.Select(c => c with { Themes = classifier.Classify(c.Text).Themes }).ToList();
            return (report with { Statements = statements, Commitments = commitments }, null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return (report, $"{report.SourceFile}: the classifier failed ({e.GetType().Name}: {e.Message}); indexed without themes.");
        }
    }
}
