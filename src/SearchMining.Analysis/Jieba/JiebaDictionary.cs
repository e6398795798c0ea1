using System.Diagnostics;
using System.Text;

namespace SearchMining.Analysis.Jieba;

/// <summary>
/// jieba's prefix dictionary (word → frequency, as a compact trie) and character HMM. Immutable and shared:
/// load it once and hand it to any number of <see cref="JiebaSegmenter"/> instances.
/// </summary>
public sealed class JiebaDictionary
{
    internal JiebaDictionary(WordTrie words, HmmModel hmm, TimeSpan loadTime)
    {
        Words = words;
        Hmm = hmm;
        LoadTime = loadTime;
    }

    internal WordTrie Words { get; }

    public HmmModel Hmm { get; }

    /// <summary>Entries with a positive frequency.</summary>
    public int WordCount => Words.WordCount;

    public long TotalFrequency => Words.TotalFrequency;

    /// <summary>Trie nodes (all prefixes of all words).</summary>
    public int NodeCount => Words.NodeCount;

    /// <summary>Managed bytes held by the word trie (the HMM emission table adds 2 MiB).</summary>
    public long TrieSizeInBytes => Words.SizeInBytes;

    public TimeSpan LoadTime { get; }

    public int FrequencyOf(string word) => string.IsNullOrEmpty(word) ? 0 : Words.FrequencyOf(word);

    /// <summary>Where <see cref="LoadDefault()"/> keeps its binary cache (like jieba's jieba.cache in the temp folder).</summary>
    public static string DefaultCacheDirectory => Path.Combine(Path.GetTempPath(), "searchmining-jieba");

    /// <summary>
    /// Loads the dictionary and HMM embedded in this assembly (jieba 0.42.1 data, MIT), using a binary cache of the
    /// built trie in <see cref="DefaultCacheDirectory"/>.
    /// </summary>
    public static JiebaDictionary LoadDefault() => LoadDefault(DefaultCacheDirectory);

    /// <summary>
    /// Loads the bundled dictionary. With a <paramref name="cacheDirectory"/>, the built trie is read from (or, the
    /// first time, written to) a file named after a hash of the bundled dictionary; a missing, stale or unreadable
    /// cache just means parsing the text. Null: always parse.
    /// </summary>
    public static JiebaDictionary LoadDefault(string? cacheDirectory)
    {
        var clock = Stopwatch.StartNew();
        using var dictionary = BundledData.Open(BundledData.Dictionary);
        var cache = cacheDirectory is null ? null : new TrieCacheFile(cacheDirectory, dictionary);
        var trie = cache?.TryRead();
        if (trie is null)
        {
            dictionary.Position = 0;
            trie = WordTrieBuilder.Build(ParseEntries(dictionary));
            cache?.TryWrite(trie);
        }
        return new JiebaDictionary(trie, ReadBundledHmm(), clock.Elapsed);
    }

    private static HmmModel ReadBundledHmm()
    {
        using var start = BundledData.Open(BundledData.HmmStart);
        using var transition = BundledData.Open(BundledData.HmmTransition);
        using var emission = BundledData.Open(BundledData.HmmEmission);
        return HmmModelReader.Read(start, transition, emission);
    }

    /// <summary>Loads a jieba-format dictionary (<c>word freq [tag]</c> lines) and the three HMM JSON tables.</summary>
    public static JiebaDictionary Load(Stream dictionary, Stream hmmStart, Stream hmmTransition, Stream hmmEmission)
    {
        var clock = Stopwatch.StartNew();
        var entries = ParseEntries(dictionary);
        var trie = WordTrieBuilder.Build(entries);
        var hmm = HmmModelReader.Read(hmmStart, hmmTransition, hmmEmission);
        return new JiebaDictionary(trie, hmm, clock.Elapsed);
    }

    /// <summary>Loads <c>dict.txt</c>, <c>prob_start.json</c>, <c>prob_trans.json</c> and <c>prob_emit.json</c> from a folder.</summary>
    public static JiebaDictionary LoadFromDirectory(string directory)
    {
        using var dictionary = File.OpenRead(Path.Combine(directory, "dict.txt"));
        using var start = File.OpenRead(Path.Combine(directory, "prob_start.json"));
        using var transition = File.OpenRead(Path.Combine(directory, "prob_trans.json"));
        using var emission = File.OpenRead(Path.Combine(directory, "prob_emit.json"));
        return Load(dictionary, start, transition, emission);
    }

    private static List<DictionaryEntry> ParseEntries(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var text = reader.ReadToEnd().AsSpan();
        var entries = new List<DictionaryEntry>(400_000);
        foreach (var range in text.EnumerateLines())
        {
            var line = range.Trim();
            var space = line.IndexOf(' ');
            if (line.IsEmpty || space <= 0)
                continue;
            var rest = line[(space + 1)..];
            var end = rest.IndexOf(' ');
            if (int.TryParse(end < 0 ? rest : rest[..end], out var frequency) && frequency >= 0)
                entries.Add(new DictionaryEntry(line[..space].ToString(), frequency));
        }
        return entries;
    }
}
