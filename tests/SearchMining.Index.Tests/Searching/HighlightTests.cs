using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

[Collection(SampleIndexCollection.Name)]
public sealed class HighlightTests(SampleIndexFixture fixture)
{
    [Fact]
    public void Snippets_are_sentences_of_the_stored_text_and_highlights_point_at_the_matched_words()
    {
        var results = fixture.Search("政务新媒体", size: 20);
        results.Hits.ShouldNotBeEmpty();
        foreach (var hit in results.Hits)
        {
            var text = fixture.TextOf(hit);
            hit.Snippets.Count.ShouldBeInRange(1, 3);
            foreach (var snippet in hit.Snippets)
            {
                text.Substring(snippet.SectionOffset, snippet.Text.Length).ShouldBe(snippet.Text);
                foreach (var h in snippet.Highlights)
                    snippet.Text[h[0]..h[1]].ShouldNotBeNullOrWhiteSpace();
            }
        }
        var top = results.Hits[0].Snippets[0];
        top.Highlights.Select(h => top.Text[h[0]..h[1]]).ShouldContain(s => s.Contains("新媒体") || s.Contains("政务"));
    }

    [Fact]
    public void A_phrase_is_highlighted_whole_and_only_where_it_occurs()
    {
        var results = fixture.Search("\"业务知识培训\"");
        var snippet = results.Hits.Single().Snippets[0];
        snippet.Highlights.Select(h => snippet.Text[h[0]..h[1]]).ShouldBe(["业务知识培训"]);
        snippet.Text.ShouldContain("加强工作人员的业务知识培训");
    }

    [Fact]
    public void Snippets_end_on_sentence_boundaries()
    {
        var results = fixture.Search("\"依申请公开\"", size: 30);
        foreach (var snippet in results.Hits.SelectMany(h => h.Snippets.Select(s => (Hit: h, Snippet: s))))
        {
            var text = fixture.TextOf(snippet.Hit);
            var end = snippet.Snippet.SectionOffset + snippet.Snippet.Text.Length;
            var endsSentence = end == text.Length || "。！？；;!?”）)".Contains(text[end - 1]) || char.IsWhiteSpace(text[end]) || snippet.Snippet.Text.Length >= 150;
            endsSentence.ShouldBeTrue(snippet.Snippet.Text);
            var start = snippet.Snippet.SectionOffset;
            (start == 0 || "。！？；;!?\n ，,、：”）".Contains(text[start - 1]) || char.IsWhiteSpace(text[start - 1]) || snippet.Snippet.Text.Length >= 100).ShouldBeTrue(snippet.Snippet.Text);
        }
    }

    [Fact]
    public void Excluded_words_are_not_highlighted()
    {
        var results = fixture.Search("\"政务公开\" -\"培训\"", size: 5);
        results.Hits.SelectMany(h => h.Snippets).SelectMany(s => s.Highlights.Select(h => s.Text[h[0]..h[1]])).ShouldAllBe(t => t == "政务公开");
    }

    [Fact]
    public void Words_that_are_not_tokens_of_the_text_are_still_marked_where_they_occur()
    {
        // The text has 政务新媒体运维: jieba keeps 政务新媒体 whole, so 媒体 is no token of its own; the bigram field found it.
        var hit = fixture.Search("媒体运维", size: 1).Hits.Single();
        hit.SourceFile.ShouldBe("038_hongze_quzhengfu_2024.txt");
        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(h => s.Text[h[0]..h[1]])).ToList();
        marked.ShouldContain(m => m.Contains("媒体") && m.Contains("运维"));
    }
}
