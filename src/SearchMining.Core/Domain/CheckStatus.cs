namespace SearchMining.Core.Domain;

public enum CheckStatus
{
    Pass,
    Fail,
    /// <summary>The data is there but a blank or "/" cell keeps the rule from being decided.</summary>
    Uncertain,
    /// <summary>The table or section the rule needs is absent or unreadable.</summary>
    NotAssessable,
}
