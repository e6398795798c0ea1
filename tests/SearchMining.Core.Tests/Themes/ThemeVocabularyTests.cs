using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using SearchMining.Core.Themes;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Core.Tests.Themes;

/// <summary>The section-五 vocabulary is defined once (Core's ThemeVocabulary) and the parser reads it.</summary>
public sealed class ThemeVocabularyTests
{
    [Fact]
    public void Themes_and_kinds_follow_the_id_orders_and_every_theme_but_other_has_cue_words()
    {
        ThemeVocabulary.Themes.Select(t => t.Id).ShouldBe(ThemeIds.All);
        ThemeVocabulary.Kinds.Select(k => k.Id).ShouldBe(StatementKindNames.All);
        ThemeVocabulary.Themes.Where(t => t.Id != ThemeIds.Other).ShouldAllBe(t => t.CueWords.Count > 0);
        ThemeVocabulary.Themes.Select(t => t.Label).ShouldBeUnique();
        ThemeVocabulary.ShortcomingWords.ShouldBeUnique();
        ThemeVocabulary.ProblemCues.ShouldBeSubsetOf(ThemeVocabulary.ShortcomingWords);
    }

    [Fact]
    public void The_parser_rule_kind_reads_the_shortcoming_words()
    {
        // 尚需 and 偏少 are shortcoming words beyond THEMES.md's problem cues; without a cue the fallback stands.
        StatementKindRules.FromCues("信息发布数量偏少", StatementKind.Measure).ShouldBe(StatementKind.Problem);
        StatementKindRules.FromCues("公开目录尚需完善", StatementKind.Measure).ShouldBe(StatementKind.Problem);
        StatementKindRules.FromCues("信息公开工作有序开展", StatementKind.Measure).ShouldBe(StatementKind.Measure);
    }

    [Fact]
    public void Theme_labels_and_the_problem_cue_list_are_written_in_one_source_file_only()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(f => (Path: f, Text: File.ReadAllText(f))).ToList();
        string[] Holding(string text) => sources.Where(s => s.Text.Contains(text)).Select(s => Path.GetFileName(s.Path)).ToArray();
        foreach (var theme in ThemeVocabulary.Themes.Where(t => t.Id != ThemeIds.Other))
            Holding($"\"{theme.Label}\"").ShouldBe(["ThemeVocabulary.cs"], theme.Id);
        Holding("\"欠佳\"").ShouldBe(["ThemeVocabulary.cs"]);
        Holding("\"interpretation\"").ShouldBe(["ThemeIds.cs"]);
    }
}
