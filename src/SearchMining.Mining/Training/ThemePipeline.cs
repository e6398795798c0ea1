using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;
using SearchMining.Mining.Features;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Training;

/// <summary>
/// The ML.NET model: word uni+bigrams over the segmenter's words, character 1–3-grams over the text, cue-word flags,
/// a multiclass kind classifier, then calibrated binary classifiers per theme whose probabilities are gathered into
/// one vector in <see cref="ThemeIds.All"/> order — <see cref="EnsembleSize"/> of them per theme, one after the other
/// (the averaged perceptron shuffles the data differently for each, so averaging them takes out most of the
/// seed-to-seed variation; <see cref="Model.ThemeModel"/> does the averaging).
/// </summary>
public sealed class ThemePipeline(MLContext ml, ThemeTrainer trainer, int seed, int perceptronEnsemble = 1, FeatureOptions? featureOptions = null,
    float svmLambda = ThemePipeline.DefaultSvmLambda, float logisticL2 = ThemePipeline.DefaultLogisticL2, ThemeTrainer? kindTrainer = null)
{
    /// <summary>The L-BFGS logistic regression's L2 regularisation unless <see cref="TrainingOptions.LogisticL2"/> says otherwise.</summary>
    public const float DefaultLogisticL2 = 0.1f;

    /// <summary>The linear SVM's L2 regularisation unless <see cref="TrainingOptions.SvmLambda"/> says otherwise.</summary>
    public const float DefaultSvmLambda = 1e-3f;

    /// <summary>Classifiers per theme: the ensemble for the averaged perceptron, one for the other trainers (their fits barely vary).</summary>
    public int EnsembleSize => trainer == ThemeTrainer.AveragedPerceptron ? Math.Max(1, perceptronEnsemble) : 1;

    public const string KindScoresColumn = "KindScores";
    public const string ThemeProbabilitiesColumn = "ThemeProbabilities";
    private const string Features = "Features";
    private const string KindKey = "KindKey";
    private const int SdcaIterations = 30;
    private const float SdcaL2 = 1e-3f;
    private const int SvmIterations = 20;
    private const float LbfgsL1 = 0f;
    private const int TreeCount = 100;
    private const int TreeLeaves = 8;

    /// <summary>
    /// Fits the featurizer once, caches the features, fits every classifier on the cached features, and chains the
    /// fitted transformers into one model (much faster than one long estimator chain, where each trainer would re-run
    /// every scorer before it).
    /// </summary>
    /// <param name="themeData">Training rows of a theme that differ from <paramref name="data"/> (its positives repeated:
    /// <see cref="TrainingOptions.RarePositiveCopies"/>); they go through the featurizer fitted on <paramref name="data"/>.</param>
    public ITransformer Fit(IDataView data, IReadOnlyDictionary<string, IDataView>? themeData = null)
    {
        var kinds = ml.Data.LoadFromEnumerable(StatementKindNames.All.Select(k => new KindValue { Kind = k }));
        var settings = featureOptions ?? FeatureOptions.Default;
        var featurizer = (settings.MinAgencies > 0
                ? ml.Transforms.Text.FeaturizeText("WordFeatures", GramOptions(), nameof(StatementRow.WordGrams))
                    .Append(ml.Transforms.Text.FeaturizeText("CharFeatures", GramOptions(), nameof(StatementRow.CharGrams)))
                : ml.Transforms.Text.FeaturizeText("WordFeatures", WordOptions(settings.WordNgramLength), "Words")
                    .Append(ml.Transforms.Text.FeaturizeText("CharFeatures", CharOptions(settings.CharNgramLength), "Text")))
            .Append(ml.Transforms.Concatenate(Features, FeatureColumns(settings)))
            .Append(ml.Transforms.Conversion.MapValueToKey(KindKey, "Kind", keyData: kinds))
            .Fit(data);
        var features = ml.Data.Cache(featurizer.Transform(data));
        var parts = new List<ITransformer> { featurizer };
        var view = features;
        void Add(ITransformer transformer)
        {
            parts.Add(transformer);
            view = transformer.Transform(view);
        }
        Add(KindEstimator().Fit(features));
        Add(ml.Transforms.CopyColumns(KindScoresColumn, "Score").Fit(view));
        var columns = new List<string>();
        foreach (var theme in ThemeIds.All)
            for (var member = 0; member < EnsembleSize; member++)
            {
                Add(ThemeEstimator(theme).Fit(themeData is not null && themeData.TryGetValue(theme, out var own) ? ml.Data.Cache(featurizer.Transform(own)) : features));
                columns.Add(ProbabilityColumn(theme, member));
                Add(ml.Transforms.CopyColumns(columns[^1], "Probability").Fit(view));
            }
        Add(ml.Transforms.Concatenate(ThemeProbabilitiesColumn, columns.ToArray()).Fit(view));
        return new TransformerChain<ITransformer>(parts.ToArray());
    }

    private static string[] FeatureColumns(FeatureOptions settings) =>
        ["WordFeatures", "CharFeatures", .. settings.CueFlags ? new[] { "Cues" } : [], .. settings.DescriptorCues ? new[] { nameof(StatementRow.ExtraCues) } : []];

    private static string ProbabilityColumn(string theme, int member) => member == 0 ? "P_" + theme : $"P_{theme}_{member}";

    private static TextFeaturizingEstimator.Options WordOptions(int length) => new()
    {
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = length, UseAllLengths = true },
        CharFeatureExtractor = null,
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepPunctuations = false,
        KeepNumbers = false,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    /// <summary>Ready-made grams (<see cref="GramVocabulary"/>): one gram a token, kept as they are; the dictionary learnt from the filtered training rows is the vocabulary.</summary>
    private static TextFeaturizingEstimator.Options GramOptions() => new()
    {
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
        CharFeatureExtractor = null,
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepPunctuations = true,
        KeepNumbers = true,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static TextFeaturizingEstimator.Options CharOptions(int length) => new()
    {
        WordFeatureExtractor = null,
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = length, UseAllLengths = true },
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepPunctuations = false,
        KeepNumbers = false,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    /// <summary>The kind classifier: <paramref name="kindTrainer"/>'s when given, else the themes' trainer's.</summary>
    private IEstimator<ITransformer> KindEstimator() => (kindTrainer ?? trainer) switch
    {
        ThemeTrainer.AveragedPerceptron => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
            {
                LabelColumnName = KindKey, FeatureColumnName = Features, NumberOfIterations = 20,
            }),
            labelColumnName: KindKey),
        ThemeTrainer.LightGbm => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = KindKey, FeatureColumnName = Features, NumberOfThreads = 1, Seed = seed,
            NumberOfIterations = 100, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 3, LearningRate = 0.1,
        }),
        ThemeTrainer.LinearSvm => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                LabelColumnName = KindKey, FeatureColumnName = Features, NumberOfIterations = SvmIterations, Lambda = svmLambda,
            }),
            labelColumnName: KindKey),
        ThemeTrainer.LbfgsLogistic => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = KindKey, FeatureColumnName = Features, NumberOfThreads = 1, L1Regularization = LbfgsL1, L2Regularization = logisticL2,
        }),
        ThemeTrainer.FastTree => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
            {
                LabelColumnName = KindKey, FeatureColumnName = Features, NumberOfThreads = 1, Seed = seed,
                NumberOfTrees = TreeCount, NumberOfLeaves = TreeLeaves, MinimumExampleCountPerLeaf = 3, LearningRate = 0.1,
            }),
            labelColumnName: KindKey),
        _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = KindKey, FeatureColumnName = Features, NumberOfThreads = 1,
            MaximumNumberOfIterations = SdcaIterations, L2Regularization = SdcaL2,
        }),
    };

    private IEstimator<ITransformer> ThemeEstimator(string theme) => trainer switch
    {
        ThemeTrainer.AveragedPerceptron => ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
            {
                LabelColumnName = theme, FeatureColumnName = Features, NumberOfIterations = 20,
            })
            .Append(ml.BinaryClassification.Calibrators.Platt(labelColumnName: theme)),
        ThemeTrainer.LightGbm => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = theme, FeatureColumnName = Features, NumberOfThreads = 1, Seed = seed,
            NumberOfIterations = 100, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 3, LearningRate = 0.1,
        }),
        ThemeTrainer.LinearSvm => ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                LabelColumnName = theme, FeatureColumnName = Features, NumberOfIterations = SvmIterations, Lambda = svmLambda,
            })
            .Append(ml.BinaryClassification.Calibrators.Platt(labelColumnName: theme)),
        ThemeTrainer.LbfgsLogistic => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = theme, FeatureColumnName = Features, NumberOfThreads = 1, L1Regularization = LbfgsL1, L2Regularization = logisticL2,
        }),
        ThemeTrainer.FastTree => ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
        {
            LabelColumnName = theme, FeatureColumnName = Features, NumberOfThreads = 1, Seed = seed,
            NumberOfTrees = TreeCount, NumberOfLeaves = TreeLeaves, MinimumExampleCountPerLeaf = 3, LearningRate = 0.1,
        }),
        _ => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = theme, FeatureColumnName = Features, NumberOfThreads = 1,
            MaximumNumberOfIterations = SdcaIterations, L2Regularization = SdcaL2,
        }),
    };

    private sealed class KindValue
    {
        public string Kind { get; set; } = "";
    }
}
