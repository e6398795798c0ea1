using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Substance;

/// <summary>
/// How concrete section 五 is: each sentence with a concrete phrase (<see cref="SpecificityLexicon.Concrete"/>) counts
/// for, each sentence with only generic phrases (<see cref="SpecificityLexicon.Generic"/>) against; the score is the
/// concrete share of those sentences, with every phrase that triggered it as evidence. Sentences with neither are
/// neutral; a section with no signal at all is uncertain.
/// </summary>
public sealed class SpecificityCheck(CheckOptions? options = null) : IReportCheck
{
    public const string Rule = "check-problems-specificity";

    private const string SentenceBreaks = "。；;！？!?\n";

    private readonly CheckOptions _options = options ?? CheckOptions.Default;

    public IEnumerable<CheckResult> Check(Report report, Report? previous = null)
    {
        var problems = ProblemsText.Of(report);
        if (problems is null || problems.Text.Count(char.IsLetterOrDigit) < _options.ProblemsMinChars)
        {
            yield return new(Rule, CheckStatus.NotAssessable, "Section 五 is missing or too short to score (see check-problems-present).");
            yield break;
        }
        if (problems.Sections.Any(s => Form.TextCut.Inside(report, s)))
        {
            yield return new(Rule, CheckStatus.NotAssessable, "The text stops inside section 五 (only part of the report is given).");
            yield break;
        }
        var text = problems.Text;
        int concrete = 0, generic = 0;
        var items = new List<CheckEvidence>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !SentenceBreaks.Contains(text[i])) continue;
            var sentence = Normalization.ChineseCharacterFold.Fold(text[start..i]);
            var c = SpecificityLexicon.Concrete().Matches(sentence);
            var g = SpecificityLexicon.Generic().Matches(sentence);
            if (c.Count > 0) concrete++;
            else if (g.Count > 0) generic++;
            items.AddRange(c.Select(m => problems.Evidence(start + m.Index, start + m.Index + m.Length, EvidenceKind.Phrase, "具体")));
            items.AddRange(g.Select(m => problems.Evidence(start + m.Index, start + m.Index + m.Length, EvidenceKind.Phrase, "笼统")));
            start = i + 1;
        }
        if (concrete + generic == 0)
        {
            yield return new(Rule, CheckStatus.Uncertain, "第五部分没有可判断具体或笼统的表述") { Subject = "第五部分" };
            yield break;
        }
        var score = Math.Round((double)concrete / (concrete + generic), 2);
        var status = score >= _options.SpecificityPassAt ? CheckStatus.Pass : score < _options.SpecificityFailBelow ? CheckStatus.Fail : CheckStatus.Uncertain;
        var summary = $"具体性 {score:0.00}: {concrete} 句有具体内容（数字、时间、具名文件或平台、具体差错），{generic} 句只有笼统表述";
        yield return new CheckResult(Rule, status, status == CheckStatus.Fail ? "第五部分以笼统表述为主 — " + summary : summary)
        {
            Subject = "第五部分", Score = score, Items = items,
        };
    }
}
