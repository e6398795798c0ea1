using SearchMining.Analysis.Jieba;

namespace SearchMining.Analysis.Lucene;

/// <summary>The words of the bundled domain dictionary (Data/domain/user_dict.txt), for analyzers other than jieba.</summary>
internal static class DomainWords
{
    public static IReadOnlySet<string> LoadDefault()
    {
        using var reader = new StreamReader(BundledData.Open(BundledData.DomainUserDictionary));
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim().TrimStart('\uFEFF').Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (word is not null && !word.StartsWith('#')) words.Add(word.ToLowerInvariant());
        }
        return words;
    }
}
