using System.Text.Json;
using SearchMining.Mining.Dataset;
using SearchMining.Mining.Themes;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Mining.Tests.Dataset;

/// <summary>The settled real labels load as training data, line up with their reports, and settle every difference
/// between the two annotators of the shared sample explicitly.</summary>
public sealed class SettledLabelsTests
{
    private static readonly string[] SettledLines = File.ReadAllLines(Path.Combine(RepoPaths.Root, ThemeModelFiles.RealSettled));

    [Fact]
    public void Settled_labels_read_without_errors_and_each_text_is_its_report_at_its_offsets()
    {
        var set = LabelFile.Parse(SettledLines);
        set.Errors.ShouldBeEmpty();
        set.Real.Count().ShouldBe(SettledLines.Length);
        var ids = new HashSet<string>();
        foreach (var line in SettledLines.Select(l => JsonDocument.Parse(l).RootElement))
        {
            var id = line.GetProperty("id").GetString()!;
            ids.Add(id).ShouldBeTrue($"{id} twice");
            var span = id[(id.IndexOf('@') + 1)..].Split('-').Select(int.Parse).ToArray();
            var report = File.ReadAllText(Path.Combine(RepoPaths.Root, line.GetProperty("path").GetString()!));
            Flat(report[span[0]..span[1]]).ShouldBe(Flat(line.GetProperty("text").GetString()!), id);
        }
    }

    [Fact]
    public void Every_shared_statement_is_settled_to_the_label_both_gave_or_to_one_annotators_by_a_named_rule()
    {
        var settled = SettledLines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("id").GetString()!);
        var second = File.ReadAllLines(Path.Combine(RepoPaths.Root, ThemeModelFiles.SharedSampleB)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        second.Count.ShouldBeGreaterThanOrEqualTo(100);
        var rekeyed = Rekeyed();
        var keptA = 0;
        foreach (var b in second)
        {
            var id = b.GetProperty("id").GetString()!;
            if (!settled.TryGetValue(id, out var s))
            {
                // A unit the parser no longer emits as it was: only if the re-keying record says so.
                rekeyed.ShouldContainKey(id, $"{id} is neither settled nor re-keyed");
                continue;
            }
            s.GetProperty("annotator").GetString().ShouldBe("A+B", id);
            if (Label(s) == Label(b)) continue;
            // B's label lost: the line must say which rule kept A's label instead.
            s.TryGetProperty("settled", out var why).ShouldBeTrue($"{id}: differs from B without a settling rule");
            (why.GetString() ?? "").ShouldMatch(@"^S\d.*kept A", id);
            keptA++;
        }
        keptA.ShouldBeLessThan(second.Count / 4);
    }

    [Fact]
    public void Every_re_keyed_line_is_gone_and_its_replacements_are_labelled()
    {
        var ids = SettledLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToHashSet();
        var rekeyed = Rekeyed();
        rekeyed.ShouldNotBeEmpty();
        foreach (var (old, replacements) in rekeyed)
        {
            ids.ShouldNotContain(old);
            foreach (var id in replacements) ids.ShouldContain(id, old);
        }
    }

    /// <summary>Old id → the ids that replace it (none when dropped), from data/themes/rekey-round2.tsv.</summary>
    private static Dictionary<string, string[]> Rekeyed() =>
        File.ReadAllLines(Path.Combine(RepoPaths.Root, "data", "themes", "rekey-round2.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => c[1] == "-" ? [] : c[1].Split(','));

    private static string Label(JsonElement e) =>
        e.GetProperty("kind").GetString() + ":" + string.Join(",", e.GetProperty("themes").EnumerateArray().Select(t => t.GetString()).Order());

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
