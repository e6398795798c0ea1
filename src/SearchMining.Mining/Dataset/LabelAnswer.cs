using SearchMining.Core.Domain;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Dataset;

/// <summary>
/// A reviewer's answer for one statement in `searchmining label`: empty = accept the suggestion, <c>s</c> = skip,
/// <c>q</c> = quit, or a kind and themes such as <c>m training,channels</c> (kind p / r / m or the full name).
/// </summary>
public sealed record LabelAnswer(LabelAnswerAction Action, StatementKind Kind, IReadOnlyList<string> Themes, string? Error = null)
{
    public static LabelAnswer Parse(string? input, StatementKind suggestedKind, IReadOnlyList<string> suggestedThemes)
    {
        var text = (input ?? "q").Trim();
        if (text.Length == 0)
            return suggestedThemes.Count == 0
                ? Invalid("no suggestion to accept: type a kind and themes, e.g. 'm training,channels'")
                : new LabelAnswer(LabelAnswerAction.Label, suggestedKind, suggestedThemes);
        if (text is "s" or "skip") return new LabelAnswer(LabelAnswerAction.Skip, suggestedKind, []);
        if (text is "q" or "quit") return new LabelAnswer(LabelAnswerAction.Quit, suggestedKind, []);
        var parts = text.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
        var kind = StatementKindNames.Parse(parts[0]);
        if (kind is null) return Invalid($"unknown kind '{parts[0]}' (p, r, m)");
        var themes = parts.Length < 2
            ? suggestedThemes
            : parts[1].Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList();
        var unknown = themes.FirstOrDefault(t => !ThemeIds.IsKnown(t));
        if (unknown is not null) return Invalid($"unknown theme '{unknown}' ({string.Join(", ", ThemeIds.All)})");
        if (themes.Count == 0) return Invalid("give at least one theme (use 'other' when none fits)");
        return new LabelAnswer(LabelAnswerAction.Label, kind.Value, themes);
    }

    private static LabelAnswer Invalid(string error) => new(LabelAnswerAction.Invalid, StatementKind.Problem, [], error);
}
