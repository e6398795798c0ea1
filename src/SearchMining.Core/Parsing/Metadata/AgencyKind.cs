namespace SearchMining.Core.Parsing.Metadata;

/// <summary>What sort of body an agency name or a self-reference (我局, 我乡, 我区) denotes: enough to tell whether a name found in passing can be the author.</summary>
public enum AgencyKind
{
    Unknown,
    /// <summary>A people's government or a bare place standing for it (XX市人民政府, 河北省, 我县, 我市).</summary>
    Government,
    /// <summary>A department or office (局, 委, 办, 中心, 厅).</summary>
    Department,
    /// <summary>A township, town or street office (乡, 镇, 街道).</summary>
    Township,
}
