using SearchMining.Analysis.Jieba;
using Shouldly;

namespace SearchMining.Analysis.Tests.Jieba;

[Collection(JiebaCollection.Name)]
public sealed class TrieCacheTests(JiebaFixture fixture) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"sm-trie-cache-{Guid.NewGuid():N}");

    [Fact]
    public void A_cached_dictionary_segments_exactly_like_a_parsed_one()
    {
        var parsed = JiebaDictionary.LoadDefault(cacheDirectory: null);
        var written = JiebaDictionary.LoadDefault(_directory);
        Directory.GetFiles(_directory, "jieba-trie-*.bin").ShouldHaveSingleItem();
        var cached = JiebaDictionary.LoadDefault(_directory);

        cached.NodeCount.ShouldBe(parsed.NodeCount);
        cached.WordCount.ShouldBe(parsed.WordCount);
        cached.TotalFrequency.ShouldBe(parsed.TotalFrequency);
        var text = fixture.SampleText[..30_000];
        new JiebaSegmenter(cached).Segment(text, SegmentationMode.Search).ShouldBe(new JiebaSegmenter(parsed).Segment(text, SegmentationMode.Search));
        written.WordCount.ShouldBe(parsed.WordCount);
    }

    [Fact]
    public void A_corrupt_cache_file_is_ignored()
    {
        JiebaDictionary.LoadDefault(_directory);
        var file = Directory.GetFiles(_directory, "jieba-trie-*.bin").Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);

        var dictionary = JiebaDictionary.LoadDefault(_directory);

        dictionary.WordCount.ShouldBe(fixture.Dictionary.WordCount);
        new JiebaSegmenter(dictionary).Cut("政府信息公开工作").ShouldBe(fixture.Strict.Cut("政府信息公开工作"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }
}
