using SearchMining.Core.Classification;
using SearchMining.Core.Domain;

namespace SearchMining.Api.Ingestion;

/// <summary>Applies the theme classifier to a parsed report's statements and commitments.</summary>
public static class ReportClassification
{
    /// <summary>Kind from the model only when it is this sure; otherwise the parser's rule-based kind stays.</summary>
    public const double KindConfidenceThreshold = 0.6;

    public static Report Apply(Report report, IStatementClassifier classifier) => report with
    {
        Statements = report.Statements.Select(statement =>
        {
            var result = classifier.Classify(statement.Text);
            return statement with
            {
                Themes = result.Themes,
                Kind = result.KindConfidence >= KindConfidenceThreshold ? result.Kind : statement.Kind,
            };
        }).ToList(),
        Commitments = report.Commitments.Select(c => c with { Themes = classifier.Classify(c.Text).Themes }).ToList(),
    };
}
