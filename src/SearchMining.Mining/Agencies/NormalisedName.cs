namespace SearchMining.Mining.Agencies;

/// <summary>
/// An agency name reduced to what identifies it: its places, its body in a canonical form (政府 for a place's own
/// government, 矿区街道 for a street office, the department's name otherwise), its kind, and the rules applied.
/// </summary>
public sealed record NormalisedName(string Written, PlaceParts Places, string Body, AgencyKind Kind, IReadOnlyList<NameStep> Steps)
{
    /// <summary>Separator of the key's parts: 淮安市·洪泽区·政府.</summary>
    public const char KeySeparator = '·';

    /// <summary>Places and body joined with <see cref="KeySeparator"/>: the identity of a name.</summary>
    public string Key => string.Join(KeySeparator, Places.Names.Append(Body));
}
