namespace SearchMining.Index.Schema;

/// <summary>
/// The searchable text fields of one document kind. Subsections get their own fields so their (duplicated) text does not
/// skew the term and length statistics that rank sections.
/// </summary>
public sealed record TextFields(string Words, string Bigram, string TitleWords, string SmartCn)
{
    public static TextFields Section { get; } = new(IndexFields.TextWords, IndexFields.TextBigram, IndexFields.TitleWords, IndexFields.TextSmartCn);

    public static TextFields Subsection { get; } = new("sub_" + IndexFields.TextWords, "sub_" + IndexFields.TextBigram, "sub_" + IndexFields.TitleWords,
        "sub_" + IndexFields.TextSmartCn);

    public static TextFields For(string docKind) => docKind == DocumentKinds.Subsection ? Subsection : Section;
}
