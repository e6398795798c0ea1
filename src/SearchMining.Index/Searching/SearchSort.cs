namespace SearchMining.Index.Searching;

public enum SearchSort
{
    /// <summary>Best match first.</summary>
    Relevance,
    /// <summary>Newest report year first, then publish date, then relevance.</summary>
    Year,
    /// <summary>Newest publish date first, then relevance.</summary>
    Date,
}
