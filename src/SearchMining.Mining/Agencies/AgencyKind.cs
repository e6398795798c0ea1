namespace SearchMining.Mining.Agencies;

/// <summary>What kind of body an agency name designates; two kinds never join.</summary>
public enum AgencyKind
{
    /// <summary>A place's own government: 人民政府, 政府, 管委会, or the place name alone.</summary>
    Government,
    /// <summary>A township or street: 镇/乡人民政府, 街道办事处.</summary>
    Township,
    /// <summary>A department or office of a government: 局, 委, 办, 厅, 中心 …</summary>
    Department,
}
