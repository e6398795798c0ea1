namespace SearchMining.Core.Domain;

/// <summary>Which national template the report follows (section numbering differs).</summary>
public enum ReportTemplate
{
    Unknown,
    /// <summary>2008–2018 templates: 概述 …, problems numbered 四/六/七, fees as their own part.</summary>
    Pre2019,
    /// <summary>2019–2020 template (第二十条 table with 本年新制作数量).</summary>
    Template2019,
    /// <summary>国办公开办函〔2021〕30号.</summary>
    Template2021,
}
