namespace SearchMining.Core.Domain;

public enum EvidenceKind
{
    Cell,
    Sentence,
    Heading,
    Date,
    Phrase,
}
