using SearchMining.Core.Domain;

namespace SearchMining.Core.Classification;

/// <summary>Tags a section-五 statement with kind and themes (implemented by SearchMining.Mining).</summary>
public interface IStatementClassifier
{
    StatementClassification Classify(string statementText);

    /// <summary>
    /// The statement's themes alone, as <see cref="Classify"/> gives them: what ingestion tags (the kind stays the
    /// parser's), so a classifier may skip its kind model here.
    /// </summary>
    IReadOnlyList<string> Themes(string statementText) => Classify(statementText).Themes;
}

/// <param name="ThemeScores">Theme id → score in [0,1] for every theme the model knows.</param>
public sealed record StatementClassification(StatementKind Kind, IReadOnlyList<string> Themes, IReadOnlyDictionary<string, double> ThemeScores, double KindConfidence);
