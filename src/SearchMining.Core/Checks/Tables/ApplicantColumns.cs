using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Tables;

/// <summary>The applicant columns of table 三 and their names as the template writes them.</summary>
public static class ApplicantColumns
{
    /// <summary>Every column, 总计 last.</summary>
    public static IReadOnlyList<ApplicantType> All { get; } = Enum.GetValues<ApplicantType>();

    /// <summary>The columns that add up to 总计: 自然人 and the five 法人或其他组织 columns.</summary>
    public static IReadOnlyList<ApplicantType> Addends { get; } = [.. All.Where(c => c != ApplicantType.Total)];

    public static string Label(ApplicantType column) => column switch
    {
        ApplicantType.NaturalPerson => "自然人",
        ApplicantType.CommercialEnterprise => "商业企业",
        ApplicantType.ResearchInstitution => "科研机构",
        ApplicantType.PublicInterestOrg => "社会公益组织",
        ApplicantType.LegalServiceOrg => "法律服务机构",
        ApplicantType.Other => "其他",
        _ => "总计",
    };
}
