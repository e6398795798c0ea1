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
}
