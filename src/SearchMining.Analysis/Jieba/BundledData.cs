using System.Reflection;

namespace SearchMining.Analysis.Jieba;

/// <summary>The data files embedded in this assembly (see Data/ and its LICENSE files).</summary>
internal static class BundledData
{
    public const string Dictionary = "jieba/dict.txt";
    public const string HmmStart = "jieba/prob_start.json";
    public const string HmmTransition = "jieba/prob_trans.json";
    public const string HmmEmission = "jieba/prob_emit.json";
    public const string DomainUserDictionary = "domain/user_dict.txt";
    public const string StopWords = "stopwords/stopwords.txt";

    public static Stream Open(string name) =>
        typeof(BundledData).Assembly.GetManifestResourceStream("SearchMining.Analysis.Data/" + name)
        ?? throw new InvalidOperationException($"Bundled resource '{name}' is missing from {typeof(BundledData).Assembly.GetName().Name}.");

    public static IEnumerable<string> Names =>
        typeof(BundledData).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("SearchMining.Analysis.Data/", StringComparison.Ordinal));
}
