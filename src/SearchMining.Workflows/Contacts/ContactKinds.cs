using SearchMining.Core.Domain;

namespace SearchMining.Workflows.Contacts;

/// <summary>The kinds of contact detail a report gives, with how each is read from <see cref="ContactInfo"/> and compared across years.</summary>
public static class ContactKinds
{
    public const string Office = "office";
    public const string Address = "address";
    public const string Postcode = "postcode";
    public const string Phone = "phone";
    public const string Fax = "fax";
    public const string Email = "email";
    public const string Website = "website";

    public static IReadOnlyList<string> All { get; } = [Office, Address, Postcode, Phone, Fax, Email, Website];

    public static bool IsKnown(string kind) => All.Contains(kind);

    /// <summary>The values of one kind in a report's contact block.</summary>
    public static IReadOnlyList<string> ValuesOf(ContactInfo contact, string kind)
    {
        IEnumerable<string?> values = kind switch
        {
            Office => new[] { contact.Office },
            Address => new[] { contact.Address },
            Postcode => new[] { contact.Postcode },
            Phone => (IEnumerable<string?>)contact.Phones,
            Fax => new[] { contact.Fax },
            Email => (IEnumerable<string?>)contact.Emails,
            Website => new[] { contact.Website },
            _ => Array.Empty<string?>(),
        };
        return values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The form two values are compared in: digits only for numbers (0517-8721 1234 = (0517)87211234), lower case
    /// without scheme or trailing slash for addresses on the web, without spaces and punctuation for the rest.
    /// </summary>
    public static string Normalize(string kind, string value) => kind switch
    {
        Phone or Fax or Postcode => new string(value.Where(char.IsAsciiDigit).ToArray()),
        Email => value.Trim().ToLowerInvariant(),
        Website => value.Trim().ToLowerInvariant().Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal).TrimEnd('/'),
        _ => new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray()),
    };
}
