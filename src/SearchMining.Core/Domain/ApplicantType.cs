namespace SearchMining.Core.Domain;

/// <summary>Columns of the section-三 applicant matrix.</summary>
public enum ApplicantType
{
    NaturalPerson,       // 自然人
    CommercialEnterprise,// 商业企业
    ResearchInstitution, // 科研机构
    PublicInterestOrg,   // 社会公益组织
    LegalServiceOrg,     // 法律服务机构
    Other,               // 其他
    Total,               // 总计
    /// <summary>法人或其他组织 小计: the eighth column some tables add for the five organisation columns.</summary>
    LegalPersonSubtotal,
}
