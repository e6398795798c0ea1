using SearchMining.Core.Domain;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// How the statement kinds compare on a set of gold statements: the model's text-only kind, the parser's rule kind
/// (which reads headings and lead-ins around the statement and is what ingest keeps), and how often the two agree.
/// </summary>
/// <param name="Aligned">Statements the parser still emits at the labelled offsets (the rule kind is known for these only).</param>
public sealed record KindAgreement(int Statements, double Model, int Aligned, double? ParserRule, double? ModelMatchesRule)
{
    public static KindAgreement Of(IReadOnlyList<EvaluatedStatement> predictions, IReadOnlyDictionary<string, StatementKind>? parserKinds)
    {
        var model = predictions.Count == 0 ? 0 : predictions.Count(p => p.PredictedKind == p.Gold.Kind) / (double)predictions.Count;
        if (parserKinds is null) return new KindAgreement(predictions.Count, model, 0, null, null);
        var aligned = predictions.Where(p => p.Gold.Id is { } id && parserKinds.ContainsKey(id)).ToList();
        if (aligned.Count == 0) return new KindAgreement(predictions.Count, model, 0, null, null);
        return new KindAgreement(predictions.Count, model, aligned.Count,
            aligned.Count(p => parserKinds[p.Gold.Id!] == p.Gold.Kind) / (double)aligned.Count,
            aligned.Count(p => parserKinds[p.Gold.Id!] == p.PredictedKind) / (double)aligned.Count);
    }
}
