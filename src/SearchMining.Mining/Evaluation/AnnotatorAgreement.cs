using SearchMining.Mining.Dataset;

namespace SearchMining.Mining.Evaluation;

/// <summary>
/// How far two annotators labelling the same real statements agree, scored like the model (the first annotator's labels
/// as gold): the ceiling a classifier can be expected to reach on these labels, and whether the model sits closer to
/// one annotator than the annotators sit to each other.
/// </summary>
/// <param name="Statements">Real statements both annotators labelled (matched on source and text).</param>
/// <param name="SecondVsFirst">The second annotator scored against the first.</param>
/// <param name="ModelVsFirst">The model's cross-validated predictions on the same statements, against the first annotator.</param>
/// <param name="ModelVsSecond">The same predictions against the second annotator.</param>
public sealed record AnnotatorAgreement(
    int Statements,
    int Unmatched,
    ClassificationMetrics SecondVsFirst,
    ClassificationMetrics? ModelVsFirst,
    ClassificationMetrics? ModelVsSecond)
{
    public static AnnotatorAgreement Compute(IReadOnlyList<LabelledStatement> first, IReadOnlyList<LabelledStatement> second,
        IReadOnlyList<EvaluatedStatement>? modelPredictions = null)
    {
        static (string, string) Key(LabelledStatement s) => (s.Source, s.Text);
        var seconds = second.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var pairs = first.Where(s => !s.Synthetic && seconds.ContainsKey(Key(s))).Select(s => (First: s, Second: seconds[Key(s)])).ToList();
        var secondVsFirst = MetricsCalculator.Compute(pairs.Select(p => new EvaluatedStatement(p.First, p.Second.Kind, p.Second.Themes)).ToList());
        ClassificationMetrics? modelVsFirst = null, modelVsSecond = null;
        if (modelPredictions is not null)
        {
            var predicted = modelPredictions.GroupBy(p => Key(p.Gold)).ToDictionary(g => g.Key, g => g.First());
            var withModel = pairs.Where(p => predicted.ContainsKey(Key(p.First))).Select(p => (p.First, p.Second, Model: predicted[Key(p.First)])).ToList();
            modelVsFirst = MetricsCalculator.Compute(withModel.Select(p => new EvaluatedStatement(p.First, p.Model.PredictedKind, p.Model.PredictedThemes)).ToList());
            modelVsSecond = MetricsCalculator.Compute(withModel.Select(p => new EvaluatedStatement(p.Second, p.Model.PredictedKind, p.Model.PredictedThemes)).ToList());
        }
        return new AnnotatorAgreement(pairs.Count, second.Count - pairs.Count, secondVsFirst, modelVsFirst, modelVsSecond);
    }
}
