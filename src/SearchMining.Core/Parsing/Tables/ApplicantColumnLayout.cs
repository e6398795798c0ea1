using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>
/// The column order of a section-三 table: the template's seven columns, or eight when the header adds a 小计 for the
/// 法人或其他组织 columns — placed where the header writes it among them (before 商业企业 or after 其他).
/// </summary>
public static class ApplicantColumnLayout
{
    /// <summary>自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.</summary>
    public static IReadOnlyList<ApplicantType> Standard { get; } =
    [
        ApplicantType.NaturalPerson, ApplicantType.CommercialEnterprise, ApplicantType.ResearchInstitution, ApplicantType.PublicInterestOrg,
        ApplicantType.LegalServiceOrg, ApplicantType.Other, ApplicantType.Total,
    ];

    /// <summary>The layout the header (from 自然人 to the first row, 一、本年新收…) announces.</summary>
    public static IReadOnlyList<ApplicantType> Of(string tableBody)
    {
        var firstRow = tableBody.IndexOf("新收", StringComparison.Ordinal);
        var headerStart = firstRow < 0 ? -1 : tableBody.LastIndexOf("自然", firstRow, StringComparison.Ordinal);
        if (headerStart < 0) return Standard;
        var header = string.Concat(tableBody[headerStart..firstRow].Where(c => !char.IsWhiteSpace(c)));
        var subtotal = header.IndexOf("小计", StringComparison.Ordinal);
        if (subtotal < 0) return Standard;
        var firstOrganisation = header.IndexOf("商业企业", StringComparison.Ordinal);
        var columns = Standard.Take(6).ToList();
        columns.Insert(firstOrganisation >= 0 && subtotal < firstOrganisation ? 1 : 6, ApplicantType.LegalPersonSubtotal);
        columns.Add(ApplicantType.Total);
        return columns;
    }
}
