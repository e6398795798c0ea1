namespace SearchMining.Analysis;

/// <summary>How a text is cut into words.</summary>
public enum SegmentationMode
{
    /// <summary>The single most probable segmentation (for queries and mining).</summary>
    Precise,

    /// <summary>Precise words, each long word followed by the dictionary words inside it (for indexing).</summary>
    Search,
}
