using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SearchMining.Core.Parsing;

namespace SearchMining.Core.Ingestion;

/// <summary>
/// Renders Word's automatic paragraph numbering (一、 （一） 1.) as text: reports often number their sections with a
/// numbering definition instead of typed characters, and the parser needs the numbers. One instance per document.
/// </summary>
public sealed class DocxNumbering
{
    private readonly Dictionary<int, Dictionary<int, Level>> _levelsByNumId = new();
    private readonly Dictionary<int, int[]> _counters = new();
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);

    private sealed record Level(int Start, string Format, string Text);

    public DocxNumbering(MainDocumentPart? main)
    {
        foreach (var style in main?.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id) _styles[id] = style;
        var numbering = main?.NumberingDefinitionsPart?.Numbering;
        if (numbering is null) return;
        var abstracts = numbering.Elements<AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .ToDictionary(a => a.AbstractNumberId!.Value, Levels);
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            var numId = instance.NumberID?.Value;
            var abstractId = instance.AbstractNumId?.Val?.Value;
            if (numId is null || abstractId is null || !abstracts.TryGetValue(abstractId.Value, out var levels)) continue;
            var copy = new Dictionary<int, Level>(levels);
            foreach (var o in instance.Elements<LevelOverride>())
            {
                var ilvl = o.LevelIndex?.Value ?? 0;
                if (o.StartOverrideNumberingValue?.Val?.Value is { } start && copy.TryGetValue(ilvl, out var level))
                    copy[ilvl] = level with { Start = start };
            }
            _levelsByNumId[numId.Value] = copy;
        }
    }

    /// <summary>The number text of a paragraph ("一、", "（二）", "3."), or "" when it is not numbered.</summary>
    public string Next(Paragraph paragraph)
    {
        var (numId, ilvl) = NumberingOf(paragraph);
        if (numId is null || numId == 0 || !_levelsByNumId.TryGetValue(numId.Value, out var levels)) return "";
        if (!levels.TryGetValue(ilvl, out var level)) return "";
        if (!_counters.TryGetValue(numId.Value, out var counters))
        {
            counters = new int[9];
            _counters[numId.Value] = counters;
        }
        counters[ilvl] = counters[ilvl] == 0 ? level.Start : counters[ilvl] + 1;
        for (var deeper = ilvl + 1; deeper < counters.Length; deeper++) counters[deeper] = 0;
        if (level.Format == "bullet" || level.Format == "none") return "";
        var text = level.Text;
        for (var k = 0; k <= ilvl; k++)
        {
            var value = counters[k] == 0 && levels.TryGetValue(k, out var parent) ? parent.Start : counters[k];
            var format = levels.TryGetValue(k, out var l) ? l.Format : "decimal";
            text = text.Replace("%" + (k + 1), Render(value, format));
        }
        return text;
    }

    /// <summary>The paragraph's own numbering, else the one its style (or a style it is based on) carries.</summary>
    private (int? NumId, int Level) NumberingOf(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        if (own?.NumberingId?.Val?.Value is { } id) return (id, own.NumberingLevelReference?.Val?.Value ?? 0);
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < 8 && _styles.TryGetValue(styleId, out var style); depth++)
        {
            var numPr = style.StyleParagraphProperties?.NumberingProperties;
            if (numPr?.NumberingId?.Val?.Value is { } styleNumId)
                return (styleNumId, own?.NumberingLevelReference?.Val?.Value ?? numPr.NumberingLevelReference?.Val?.Value ?? 0);
            styleId = style.BasedOn?.Val?.Value;
        }
        return (null, 0);
    }

    private static Dictionary<int, Level> Levels(AbstractNum abstractNum) =>
        abstractNum.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>()
            .Where(l => l.LevelIndex?.Value is not null)
            .ToDictionary(
                l => l.LevelIndex!.Value,
                l => new Level(
                    l.StartNumberingValue?.Val?.Value ?? 1,
                    l.NumberingFormat?.Val?.InnerText ?? "decimal",
                    l.LevelText?.Val?.Value ?? ""));

    private static string Render(int value, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "ideographTraditional" or "taiwaneseCounting"
            or "taiwaneseCountingThousand" or "chineseLegalSimplified" => ChineseNumerals.Format(value),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when value is >= 1 and <= 20 => ((char)('①' + value - 1)).ToString(),
        "upperLetter" when value is >= 1 and <= 26 => ((char)('A' + value - 1)).ToString(),
        "lowerLetter" when value is >= 1 and <= 26 => ((char)('a' + value - 1)).ToString(),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };
}
