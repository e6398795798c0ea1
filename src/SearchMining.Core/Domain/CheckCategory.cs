namespace SearchMining.Core.Domain;

public enum CheckCategory
{
    /// <summary>Arithmetic inside one table (勾稽关系).</summary>
    Table,
    /// <summary>What the narrative states against the tables.</summary>
    Text,
    /// <summary>Against the same agency's previous report.</summary>
    Years,
    /// <summary>Sections, rows and cells the template requires.</summary>
    Form,
    /// <summary>Publication date against 条例第四十九条.</summary>
    Deadline,
    /// <summary>How concrete section 五 is.</summary>
    Substance,
}
