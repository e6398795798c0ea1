using SearchMining.Mining.Dataset;
using SearchMining.Mining.Themes;

namespace SearchMining.Mining.Features;

/// <summary>Turns statement text (and, for training, its labels) into <see cref="StatementRow"/>s.</summary>
public sealed class StatementRowFactory(IStatementTokenizer tokenizer)
{
    /// <summary>The cue words behind <see cref="StatementRow.Cues"/> (THEMES.md only).</summary>
    public static CueLexicon CueWords => ThemesDocLexicon.Instance;

    /// <summary>The cue words' fingerprint stored in a model: the THEMES.md lexicon's and the round-7 <see cref="DescriptorCues"/>.</summary>
    public static string CueFingerprint() => DescriptorCues.Fingerprint(CueWords.Fingerprint());

    public StatementRow ForPrediction(string text) => ForPrediction(text, grams: true);

    /// <param name="grams">Fill <see cref="StatementRow.CharGrams"/> and <see cref="StatementRow.WordGrams"/> (every 1–4
    /// character and 1–2 word gram of the text, joined): only a model trained on them reads them
    /// (<see cref="Model.ThemeModel.ReadsGrams"/>); without them the row is the same in every other column.</param>
    public StatementRow ForPrediction(string text, bool grams)
    {
        var normalized = StatementText.Normalize(text);
        var words = Words(normalized).ToList();
        return new StatementRow
        {
            Text = normalized, Words = string.Join(' ', words), Cues = CueWords.Cues(normalized), ExtraCues = DescriptorCues.Flags(normalized),
            CharGrams = grams ? string.Join(' ', GramVocabulary.CharGrams(normalized)) : "", WordGrams = grams ? string.Join(' ', GramVocabulary.WordGrams(words)) : "",
        };
    }

    public StatementRow ForTraining(LabelledStatement statement)
    {
        var row = ForPrediction(statement.Text);
        row.Kind = StatementKindNames.ToName(statement.Kind);
        bool Has(string theme) => statement.Themes.Contains(theme);
        row.Training = Has(ThemeIds.Training);
        row.Channels = Has(ThemeIds.Channels);
        row.Coverage = Has(ThemeIds.Coverage);
        row.Interpretation = Has(ThemeIds.Interpretation);
        row.Timeliness = Has(ThemeIds.Timeliness);
        row.Standardization = Has(ThemeIds.Standardization);
        row.Awareness = Has(ThemeIds.Awareness);
        row.Interaction = Has(ThemeIds.Interaction);
        row.Supervision = Has(ThemeIds.Supervision);
        row.Other = Has(ThemeIds.Other);
        return row;
    }

    private IEnumerable<string> Words(string text) =>
        tokenizer.Tokenize(text).Where(w => w.Any(char.IsLetter));
}
