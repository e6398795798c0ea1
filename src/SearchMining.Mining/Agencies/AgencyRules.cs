namespace SearchMining.Mining.Agencies;

/// <summary>Ids of the name rules and decisions shown as evidence (defined once; the page and the docs use them).</summary>
public static class AgencyRules
{
    /// <summary>Traditional characters read as Simplified (西藏自治區 → 西藏自治区), by the parser's one character mapping.</summary>
    public const string Traditional = "traditional";
    /// <summary>（…） / (…) notes removed: （区政府办公室编制）, （管委会，全区汇总）.</summary>
    public const string NoteRemoved = "note-removed";
    /// <summary>Words of the title sentence caught with the name removed: 由高楼镇人民政府 → 高楼镇人民政府, …管理局关于 → …管理局.</summary>
    public const string TitleWords = "title-words";
    /// <summary>区政府 → 区人民政府 (and 政府办公室 → 人民政府办公室).</summary>
    public const string GovernmentShort = "government-short";
    /// <summary>管理委员会 → 管委会; 管委会办公室 (the office that compiles the 管委会's report) → 管委会.</summary>
    public const string Committee = "committee";
    /// <summary>A place written alone (平潭综合实验区) is that place's government.</summary>
    public const string BarePlace = "bare-place";
    /// <summary>X街道 / X街道办 → X街道办事处; X镇 / X镇政府 → X镇人民政府.</summary>
    public const string Township = "township";
    /// <summary>The parser completed the region prefix from the text (市中区… → 枣庄市市中区…).</summary>
    public const string RegionFromText = "region-from-text";
    /// <summary>Two names equal after the rules above.</summary>
    public const string SameName = "same-name";
    /// <summary>A name without (part of) its region prefix joined to the only full name it fits.</summary>
    public const string RegionPrefix = "region-prefix";
    /// <summary>A department's short name (工信局) joined to the only full name whose characters it abbreviates (工业和信息化局).</summary>
    public const string Abbreviation = "abbreviation";
    /// <summary>Joined by a person (persisted override).</summary>
    public const string PersonMerge = "person-merge";
    /// <summary>Kept apart by a person (persisted override).</summary>
    public const string PersonSplit = "person-split";
    /// <summary>A join a rule or a person proposed and that was refused, with the reason.</summary>
    public const string Refused = "refused";
    /// <summary>A rule fitting more than one full name: nothing joined.</summary>
    public const string Ambiguous = "ambiguous";
}
