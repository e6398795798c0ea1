using Microsoft.ML;
using SearchMining.Analysis.Jieba;
using SearchMining.Mining.Features;
using SearchMining.Mining.Model;

namespace SearchMining.Mining.Themes;

/// <summary>
/// Loads models/theme-classifier.zip into a <see cref="ThemeClassifier"/> that uses the given segmenter.
/// A missing or corrupt file gives a <see cref="ModelLoadError"/>, never an exception.
/// </summary>
public static class ThemeClassifierLoader
{
    public static ThemeClassifierLoad Load(string modelPath, JiebaSegmenter segmenter) =>
        Load(modelPath, new JiebaStatementTokenizer(segmenter));

    public static ThemeClassifierLoad Load(string modelPath, IStatementTokenizer tokenizer)
    {
        var result = new ThemeModelStore(new MLContext(seed: 0)).Load(modelPath);
        return result.Model is null
            ? new ThemeClassifierLoad(null, result.Error)
            : new ThemeClassifierLoad(new ThemeClassifier(result.Model, new StatementRowFactory(tokenizer)), null);
    }
}
