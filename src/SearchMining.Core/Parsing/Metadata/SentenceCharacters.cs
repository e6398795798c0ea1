namespace SearchMining.Core.Parsing.Metadata;

/// <summary>
/// The characters of a sentence that no name or place holds, defined once (round 13 review: they were written out in
/// four places — the name patterns of <see cref="AgencyLocator"/> and <see cref="AgencyCandidates"/>, and
/// <see cref="RegionResolver"/>'s boundary sets). Each set the readers use is composed here from the same pieces.
/// </summary>
internal static class SentenceCharacters
{
    /// <summary>Particles and conjunctions (的, 了, 和, 与, 及, 是, 为): a word boundary before a name.</summary>
    public const string Particles = "的了和与及是为";

    /// <summary>Prepositions and object markers (在, 对, 向, 由, 将, 把, 从): the sentence around a name, never inside it.</summary>
    public const string Prepositions = "在对向由将把从";

    /// <summary>The text speaking of itself (我局, 本乡).</summary>
    public const string Self = "我本";

    /// <summary>Words of a whole or each (全市, 各区, 该局).</summary>
    public const string Determiners = "全各该";

    /// <summary>No character of a body's own name (after its places): 的了和与及是为在对向由将把从我本.</summary>
    public const string NotInName = Particles + Prepositions + Self;

    /// <summary>No character of a place's name (AgencyCandidates: 形式主要有省 is no place).</summary>
    public const string NotInPlace = NotInName + Determiners + "此其有";

    /// <summary>No character of a body named bare, without its place (，档案局…).</summary>
    public const string NotInBareName = NotInName + Determiners + "其";

    /// <summary>
    /// Characters of the sentence that no place holds before its level word (电子版在市人社局: 在; 我县, 全市, 各区; 可与嘉善县,
    /// 现将赣州市): a run holding one is no place, and one before a place is a word boundary.
    /// </summary>
    public const string NotInsideAPlace = Self + Determiners + "此现将由与在对向";

    /// <summary>Characters a place may follow as a word of its own (从, 在, 与, 由, 于, 的, 至 …, 年): a boundary before a place.</summary>
    public const string BeforeAPlace = "从在与由于的至即及和向经了年";
}
