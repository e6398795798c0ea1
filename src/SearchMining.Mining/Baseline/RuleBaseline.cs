using SearchMining.Core.Classification;
using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Baseline;

/// <summary>
/// A rule baseline the model is compared with. <see cref="Fit"/> gets the same training statements as the model in
/// each fold (a fixed keyword list ignores them; a mined one learns its keywords from them).
/// </summary>
public sealed record RuleBaseline(string Name, Func<IReadOnlyList<LabelledStatement>, IStatementClassifier> Fit)
{
    public static RuleBaseline Fixed(string name, IStatementClassifier classifier) => new(name, _ => classifier);
}
