namespace SearchMining.Core.Domain;

/// <summary>Canonical topic of a section, stable across templates.</summary>
public enum SectionTopic
{
    Overview,
    Proactive,
    Applications,
    ReviewLitigation,
    Problems,
    Other,
    /// <summary>The text before the first numbered section (title, legal basis, download address, often contacts); see <see cref="Report.PreambleSection"/>.</summary>
    Preamble,
}
