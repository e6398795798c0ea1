namespace SearchMining.Core.Domain;

public enum AdministrativeLevel
{
    Unknown,
    Province,
    City,
    County,
    TownshipStreet,
    Department,
}
