using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Analysis.Lucene;

/// <summary>Stop words for indexing, read from a replaceable list (one word a line, <c>#</c> comments).</summary>
public sealed class StopWordList
{
    private StopWordList(IReadOnlyCollection<string> words) => Words = words;

    public IReadOnlyCollection<string> Words { get; }

    public static StopWordList Empty { get; } = new(Array.Empty<string>());

    /// <summary>The bundled list: common Chinese function words plus jieba's English sample.</summary>
    public static StopWordList LoadDefault()
    {
        using var stream = BundledData.Open(BundledData.StopWords);
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    public static StopWordList Read(TextReader reader)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim().TrimStart('\uFEFF');
            if (word.Length > 0 && word[0] != '#')
                words.Add(word.ToLowerInvariant());
        }
        return new StopWordList(words.ToArray());
    }

    public bool Contains(string word) => Words.Contains(word);

    internal CharArraySet ToCharArraySet() => new(LuceneVersion.LUCENE_48, Words.ToList(), ignoreCase: true);
}
