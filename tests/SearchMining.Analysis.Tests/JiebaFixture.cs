using SearchMining.Analysis.Jieba;
using SearchMining.Tests.Shared;

namespace SearchMining.Analysis.Tests;

/// <summary>Loads the bundled dictionary once for all tests; tests that add user words build their own segmenter from it.</summary>
public sealed class JiebaFixture
{
    public JiebaFixture()
    {
        Dictionary = JiebaDictionary.LoadDefault();
        Strict = new JiebaSegmenter(Dictionary, JiebaSegmenterOptions.StrictJieba);
        StrictNoHmm = new JiebaSegmenter(Dictionary, JiebaSegmenterOptions.StrictJieba with { UseHmm = false });
        Default = JiebaSegmenter.CreateDefault(Dictionary);
        SampleText = string.Join("\n", Directory.GetFiles(RepoPaths.SampleReports, "*.txt").Order().Select(File.ReadAllText));
        _compactSampleText = WithoutWhitespace(SampleText);
    }

    public JiebaDictionary Dictionary { get; }

    /// <summary>Exactly jieba: bundled dictionary only, full-width characters split one by one.</summary>
    public JiebaSegmenter Strict { get; }

    public JiebaSegmenter StrictNoHmm { get; }

    /// <summary>What the product uses: domain user dictionary, full-width Latin treated as ASCII.</summary>
    public JiebaSegmenter Default { get; }

    /// <summary>All sample reports, to check that test sentences are real corpus text.</summary>
    public string SampleText { get; }

    private readonly string _compactSampleText;

    /// <summary>Returns <paramref name="sentence"/> after checking it occurs in a sample report (line breaks ignored).</summary>
    public string Real(string sentence)
    {
        Assert.Contains(WithoutWhitespace(sentence), _compactSampleText);
        return sentence;
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static string Joined(IEnumerable<WordToken> tokens) => string.Join(" | ", tokens.Select(t => t.Text));
}

[CollectionDefinition(Name)]
public sealed class JiebaCollection : ICollectionFixture<JiebaFixture>
{
    public const string Name = "jieba";
}
