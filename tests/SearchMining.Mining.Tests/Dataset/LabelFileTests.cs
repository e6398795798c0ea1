using SearchMining.Core.Domain;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Themes;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Mining.Tests.Dataset;

[Collection(MiningCollection.Name)]
public sealed class LabelFileTests(MiningFixture fixture)
{
    [Fact]
    public void Committed_labels_read_without_errors_and_keep_real_and_synthetic_apart()
    {
        var labels = fixture.Labels;
        labels.Errors.ShouldBeEmpty();
        labels.Real.Count().ShouldBeGreaterThanOrEqualTo(75);
        labels.RealSources.Count.ShouldBe(16);
        labels.Synthetic.ShouldAllBe(s => s.Source.StartsWith("synthetic/"));
        foreach (var source in labels.RealSources)
            File.Exists(RepoPaths.SampleReport(source)).ShouldBeTrue(source);
    }

    [Fact]
    public void Real_statements_are_verbatim_text_of_their_report()
    {
        foreach (var statement in fixture.Labels.Real)
        {
            var report = File.ReadAllText(RepoPaths.SampleReport(statement.Source));
            var flat = string.Concat(report.Where(c => !char.IsWhiteSpace(c)));
            flat.ShouldContain(string.Concat(statement.Text.Where(c => !char.IsWhiteSpace(c))), customMessage: statement.Source);
        }
    }

    [Fact]
    public void Every_theme_and_kind_has_real_and_synthetic_examples()
    {
        var counts = fixture.Labels.Count();
        foreach (var theme in ThemeIds.All)
        {
            counts.PerTheme[theme].Real.ShouldBeGreaterThan(0, theme);
            counts.PerTheme[theme].Synthetic.ShouldBeGreaterThanOrEqualTo(10, theme);
        }
        counts.PerKind[StatementKindNames.Rectification].Real.ShouldBe(3);
    }

    [Fact]
    public void Committed_file_is_in_the_format_the_label_command_writes()
    {
        var lines = File.ReadAllLines(MiningFixture.LabelsPath);
        lines.Length.ShouldBe(fixture.Labels.Statements.Count);
        for (var i = 0; i < lines.Length; i++)
            LabelFile.Format(fixture.Labels.Statements[i]).ShouldBe(lines[i]);
    }

    [Fact]
    public void Bad_lines_become_errors_with_line_numbers()
    {
        var set = LabelFile.Parse([
            """{"text":"一是加强业务培训。","source":"a.txt","kind":"measure","themes":["training"],"synthetic":false}""",
            """{"text":"x","source":"a.txt","kind":"promise","themes":["training"]}""",
            """{"text":"x","source":"a.txt","kind":"problem","themes":["weather"]}""",
            "not json",
            "",
            """{"text":"x","source":"a.txt","kind":"problem","themes":[]}""",
        ]);
        set.Statements.Count.ShouldBe(1);
        set.Statements[0].Kind.ShouldBe(StatementKind.Measure);
        set.Statements[0].Group.ShouldBe("a.txt");
        set.Errors.Count.ShouldBe(4);
        set.Errors[0].ShouldStartWith("line 2: unknown kind 'promise'");
        set.Errors[1].ShouldStartWith("line 3: unknown theme 'weather'");
        set.Errors[2].ShouldStartWith("line 4: not valid JSON");
        set.Errors[3].ShouldStartWith("line 6: no theme");
    }

    [Fact]
    public async Task Appended_statements_read_back_identically()
    {
        var path = Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.jsonl");
        try
        {
            var statement = new LabelledStatement("二是公开渠道有限。", "003_a6421fa15efbdb1c.txt", "枣庄市市中区矿区街道办事处", StatementKind.Problem, ["channels"], false, "note");
            var store = new LabelFile();
            await store.AppendAsync(path, [statement], CancellationToken.None);
            (await File.ReadAllTextAsync(path)).ShouldContain("公开渠道有限");
            var set = await store.ReadAsync(path, CancellationToken.None);
            set.Errors.ShouldBeEmpty();
            set.Statements.Single().ShouldBe(statement with { Themes = set.Statements.Single().Themes });
            set.Statements.Single().Themes.ShouldBe(["channels"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Missing_labels_file_is_an_error_not_an_exception()
    {
        var set = await new LabelFile().ReadAsync("/nonexistent/labels.jsonl", CancellationToken.None);
        set.Statements.ShouldBeEmpty();
        set.Errors.Single().ShouldContain("not found");
    }
}
