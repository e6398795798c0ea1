using SearchMining.Core.Domain;
using SearchMining.Core.Parsing.Tables;

namespace SearchMining.Core.Checks.Tables;

/// <summary>The applicant columns of table 三 and their names as the template writes them.</summary>
public static class ApplicantColumns
{
    /// <summary>The template's seven columns, 总计 last.</summary>
    public static IReadOnlyList<ApplicantType> All { get; } = ApplicantColumnLayout.Standard;

    /// <summary>The five 法人或其他组织 columns.</summary>
    public static IReadOnlyList<ApplicantType> Organisations { get; } =
        [ApplicantType.CommercialEnterprise, ApplicantType.ResearchInstitution, ApplicantType.PublicInterestOrg, ApplicantType.LegalServiceOrg, ApplicantType.Other];

    /// <summary>The columns that add up to 总计: 自然人 and the five 法人或其他组织 columns.</summary>
    public static IReadOnlyList<ApplicantType> Addends { get; } = [ApplicantType.NaturalPerson, .. Organisations];

    /// <summary>The columns of this table: the seven, and 小计 when the table has that eighth column.</summary>
    public static IReadOnlyList<ApplicantType> Of(ApplicationTable table) =>
        table.Rows.Any(r => r.Cells.ContainsKey(ApplicantType.LegalPersonSubtotal)) ? [.. All, ApplicantType.LegalPersonSubtotal] : All;

    public static string Label(ApplicantType column) => column switch
    {
        ApplicantType.NaturalPerson => "自然人",
        ApplicantType.CommercialEnterprise => "商业企业",
        ApplicantType.ResearchInstitution => "科研机构",
        ApplicantType.PublicInterestOrg => "社会公益组织",
        ApplicantType.LegalServiceOrg => "法律服务机构",
        ApplicantType.Other => "其他",
        ApplicantType.LegalPersonSubtotal => "法人或其他组织小计",
        _ => "总计",
    };
}
