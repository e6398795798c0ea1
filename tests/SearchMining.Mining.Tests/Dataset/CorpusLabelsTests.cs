using System.Text.Json;
using SearchMining.Core.Corpus;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Themes;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Mining.Tests.Dataset;

/// <summary>
/// data/themes/real-a.jsonl (annotator A's labels of the section-五 statements of data/corpus, issue 14) and the shared
/// sample for annotator B: well-formed, on the agency split of data/corpus/SPLIT.md, and verbatim report text.
/// </summary>
public sealed class CorpusLabelsTests
{
    private static readonly string Themes = Path.Combine(RepoPaths.Root, "data", "themes");
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(Themes, "real-a.jsonl")).Where(l => l.Length > 0).ToArray();
    private static readonly JsonElement[] Rows = Lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();

    private static string Str(JsonElement row, string name) => row.GetProperty(name).GetString()!;

    private static bool Usable(JsonElement row) =>
        !row.TryGetProperty("flag", out var flag) || flag.GetString() != "not-a-statement";

    [Fact]
    public void Lines_read_as_labels_with_unique_ids_annotator_A_and_the_corpus_split_of_their_report()
    {
        var set = LabelFile.Parse(Lines);
        set.Errors.ShouldBeEmpty();
        set.Statements.Count.ShouldBe(Rows.Length);
        set.Statements.ShouldAllBe(s => !s.Synthetic);
        Rows.Select(r => Str(r, "id")).ShouldBeUnique();
        var split = CorpusSplit.ForRepository(RepoPaths.Root);
        foreach (var row in Rows)
        {
            var path = Str(row, "path");
            File.Exists(Path.Combine(RepoPaths.Root, path)).ShouldBeTrue(path);
            Str(row, "source").ShouldBe(Path.GetFileName(path));
            Str(row, "slug").ShouldBe(CorpusSplit.SlugOf(Path.GetFileName(path)));
            Str(row, "split").ShouldBe(split.PartOf(path).ToString().ToLowerInvariant(), path);
            Str(row, "annotator").ShouldBe("A");
        }
    }

    [Fact]
    public void Dev_lines_are_the_text_of_their_report_at_the_offsets_of_their_id()
    {
        // Test-split reports are not read here (they are only scored); scripts/themes-align.py checks every line.
        foreach (var row in Rows.Where(r => Str(r, "split") == "dev"))
        {
            var id = Str(row, "id");
            var span = id[(id.IndexOf('@') + 1)..].Split('-').Select(int.Parse).ToArray();
            var report = File.ReadAllText(Path.Combine(RepoPaths.Root, Str(row, "path")));
            span[1].ShouldBeLessThanOrEqualTo(report.Length, id);
            Flat(report[span[0]..span[1]]).ShouldBe(Flat(Str(row, "text")), id);
        }
    }

    [Fact]
    public void Every_theme_has_at_least_25_real_positives_and_both_splits_have_every_kind_of_problem_and_measure()
    {
        var usable = Rows.Where(Usable).ToList();
        foreach (var theme in ThemeIds.All)
            usable.Count(r => r.GetProperty("themes").EnumerateArray().Any(t => t.GetString() == theme)).ShouldBeGreaterThanOrEqualTo(25, theme);
        foreach (var part in new[] { "dev", "test" })
        foreach (var kind in new[] { "problem", "measure" })
            usable.Count(r => Str(r, "split") == part && Str(r, "kind") == kind).ShouldBeGreaterThanOrEqualTo(50, $"{part} {kind}");
    }

    [Fact]
    public void Shared_sample_lists_labelled_statements_of_both_splits_with_their_text()
    {
        var byId = Rows.ToDictionary(r => Str(r, "id"));
        var sample = File.ReadAllLines(Path.Combine(Themes, "shared-sample.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        sample.Count.ShouldBeGreaterThanOrEqualTo(120);
        sample.Select(c => c[0]).ShouldBeUnique();
        foreach (var cols in sample)
        {
            cols.Length.ShouldBe(4, cols[0]);
            byId.ShouldContainKey(cols[0]);
            var row = byId[cols[0]];
            cols[1].ShouldBe(Str(row, "split"), cols[0]);
            cols[2].ShouldBe(Str(row, "path"), cols[0]);
            cols[3].ShouldBe(Str(row, "text"), cols[0]);
        }
        sample.Select(c => c[1]).Distinct().Order().ShouldBe(["dev", "test"]);
    }

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
