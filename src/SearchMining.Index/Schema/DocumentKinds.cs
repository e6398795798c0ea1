namespace SearchMining.Index.Schema;

/// <summary>Values of <see cref="IndexFields.DocKind"/>.</summary>
public static class DocumentKinds
{
    public const string Report = "report";
    public const string Section = "section";
    public const string Subsection = "subsection";
}
