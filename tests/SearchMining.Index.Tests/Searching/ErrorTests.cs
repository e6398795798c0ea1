using SearchMining.Index.Searching;
using SearchMining.Index.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Index.Tests.Searching;

[Collection(SampleIndexCollection.Name)]
public sealed class ErrorTests(SampleIndexFixture fixture)
{
    private SearchError Fail(SearchRequest request)
    {
        var outcome = fixture.Engine.Search(request);
        outcome.Succeeded.ShouldBeFalse();
        return outcome.Error!;
    }

    [Theory]
    [InlineData("\"业务培训", 0)]
    [InlineData("培训 AND", 3)]
    [InlineData("OR 培训", 0)]
    [InlineData("培训 )", 3)]
    [InlineData("(培训 OR 新媒体", 0)]
    [InlineData("培训 NOT", 3)]
    [InlineData("- 培训", 0)]
    [InlineData("year:", 5)]
    [InlineData("()", 0)]
    public void Malformed_queries_give_a_syntax_error_with_the_position(string query, int position)
    {
        var error = Fail(new SearchRequest(query));
        error.Kind.ShouldBe(SearchErrorKind.QuerySyntax);
        error.Position.ShouldBe(position);
    }

    [Fact]
    public void Unknown_fields_and_bad_values_are_typed_errors()
    {
        var unknown = Fail(new SearchRequest("培训 author:张三"));
        unknown.Kind.ShouldBe(SearchErrorKind.UnknownField);
        unknown.Field.ShouldBe("author");
        unknown.Position.ShouldBe(3);

        Fail(new SearchRequest("year:twenty")).Kind.ShouldBe(SearchErrorKind.InvalidValue);
        Fail(new SearchRequest("year:2024..2020")).Kind.ShouldBe(SearchErrorKind.InvalidValue);
        Fail(new SearchRequest("kind:promise")).Kind.ShouldBe(SearchErrorKind.InvalidValue);
        Fail(new SearchRequest("") { Filters = new SearchFilters { Levels = ["planet"] } }).Kind.ShouldBe(SearchErrorKind.InvalidValue);
    }

    [Fact]
    public void Page_size_is_capped_and_bad_cursors_are_rejected()
    {
        Fail(new SearchRequest("培训") { Size = SearchRequest.MaxSize + 1 }).Kind.ShouldBe(SearchErrorKind.PageSizeTooLarge);
        Fail(new SearchRequest("培训") { Size = 0 }).Kind.ShouldBe(SearchErrorKind.InvalidValue);
        Fail(new SearchRequest("培训") { Cursor = "not-a-cursor" }).Kind.ShouldBe(SearchErrorKind.BadCursor);

        var cursor = fixture.Search(new SearchRequest("培训") { Size = 2 }).NextCursor;
        cursor.ShouldNotBeNull();
        Fail(new SearchRequest("公开") { Size = 2, Cursor = cursor }).Kind.ShouldBe(SearchErrorKind.BadCursor);
        Fail(new SearchRequest("培训") { Size = 2, Sort = SearchSort.Year, Cursor = cursor }).Kind.ShouldBe(SearchErrorKind.BadCursor);
    }

    [Fact]
    public void Very_long_queries_are_refused_with_a_typed_error()
    {
        // one word group of 1000 characters: more bigram and word clauses than Lucene allows in one BooleanQuery
        var text = string.Concat(fixture.Report("001_shanghai").Sections[0].Text.Where(c => c >= '\u4e00' && c <= '\u9fff'))[..SearchRequest.MaxQueryLength];
        var outcome = fixture.Engine.Search(new SearchRequest(text));
        (outcome.Succeeded || outcome.Error!.Kind == SearchErrorKind.InvalidValue).ShouldBeTrue();
        Fail(new SearchRequest(new string('培', SearchRequest.MaxQueryLength + 1))).Kind.ShouldBe(SearchErrorKind.InvalidValue);
    }

    [Fact]
    public void Similar_finds_sections_of_other_reports()
    {
        var source = fixture.Report("037_hongze");
        var problems = source.Sections.Single(s => s.Topic == Core.Domain.SectionTopic.Problems);
        var id = $"{source.Id}#{problems.Ordinal}";

        var similar = fixture.Engine.Similar(id, 5).Results!;
        similar.Hits.ShouldNotBeEmpty();
        similar.Hits.ShouldAllBe(h => h.ReportId != source.Id);
        similar.Hits[0].SourceFile.ShouldBe("038_hongze_quzhengfu_2024.txt"); // next year's report of the same agency
        fixture.Engine.Similar("nope#1").Error!.Kind.ShouldBe(SearchErrorKind.UnknownSection);
    }

    [Fact]
    public void Similar_across_agencies_leaves_out_the_same_agencys_other_years()
    {
        var source = fixture.Report("037_hongze");
        var problems = source.Sections.Single(s => s.Topic == Core.Domain.SectionTopic.Problems);

        var similar = fixture.Engine.Similar($"{source.Id}#{problems.Ordinal}", 5, otherAgenciesOnly: true).Results!;

        similar.Hits.ShouldNotBeEmpty();
        similar.Hits.ShouldAllBe(h => h.Agency != source.Agency);
        similar.Hits.ShouldNotContain(h => h.SourceFile == "038_hongze_quzhengfu_2024.txt");
    }
}
