namespace SearchMining.Mining.Model;

public enum ModelLoadErrorKind
{
    Missing,
    Corrupt,
    Incompatible,
}
