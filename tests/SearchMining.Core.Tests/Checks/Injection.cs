using SearchMining.Core.Checks;
using SearchMining.Core.Domain;
using SearchMining.Core.Parsing;
using Shouldly;

namespace SearchMining.Core.Tests.Checks;

/// <summary>Copies of real reports with one error put in, and the rules that fail on them.</summary>
internal static class Injection
{
    private static readonly ReportParser Parser = new();

    public static Report Parse(string text, string name) =>
        Parser.Parse(text, name).Report ?? throw new InvalidOperationException($"{name} did not parse");

    /// <summary><paramref name="text"/> with the single occurrence of <paramref name="find"/> replaced.</summary>
    public static string ReplaceOnce(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"'{find}' is not in the text");
        text.IndexOf(find, at + 1, StringComparison.Ordinal).ShouldBe(-1, $"'{find}' occurs more than once");
        return text[..at] + replace + text[(at + find.Length)..];
    }

    public static Report Changed(Report report, string find, string replace) =>
        Parse(ReplaceOnce(report.SourceText, find, replace), "changed-" + report.SourceFile);

    public static ReportSection Section(Report report, SectionTopic topic) => report.Sections.First(s => s.Topic == topic);

    /// <summary>The report's text with the section of <paramref name="topic"/> (heading and body) taken out.</summary>
    public static Report WithoutSection(Report report, SectionTopic topic)
    {
        var s = Section(report, topic);
        return Parse(report.SourceText[..s.SourceStart] + report.SourceText[s.SourceEnd..], "removed-" + report.SourceFile);
    }

    /// <summary>The source text of a section's body (after its heading).</summary>
    public static string Body(Report report, SectionTopic topic)
    {
        var s = Section(report, topic);
        return report.SourceText[BodyStart(report, s)..s.SourceEnd];
    }

    /// <summary>The report with the body of a section replaced (the heading stays).</summary>
    public static Report WithBody(Report report, SectionTopic topic, string body)
    {
        var s = Section(report, topic);
        return Parse(report.SourceText[..BodyStart(report, s)] + body + report.SourceText[s.SourceEnd..], "body-" + report.SourceFile);
    }

    private static int BodyStart(Report report, ReportSection s) =>
        report.SourceText.IndexOf(s.Title, s.SourceStart, StringComparison.Ordinal) + s.Title.Length;

    public static IReadOnlySet<string> Failing(Report report, Report? previous = null) =>
        ReportChecker.All().Run(report, previous).Where(r => r.Status == CheckStatus.Fail).Select(r => r.Rule).ToHashSet();

    /// <summary>Rules that fail on the changed copy and did not fail on the original.</summary>
    public static IReadOnlySet<string> NewlyFailing(Report original, Report changed, Report? previous = null, Report? changedPrevious = null)
    {
        var before = Failing(original, previous);
        return Failing(changed, changedPrevious ?? previous).Where(r => !before.Contains(r)).ToHashSet();
    }
}
