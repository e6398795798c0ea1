using System.Text;
using Microsoft.Extensions.Options;
using SearchMining.Api.Configuration;
using SearchMining.Api.Contracts;
using SearchMining.Api.Errors;
using SearchMining.Workflows;
using SearchMining.Workflows.Contacts;

namespace SearchMining.Api.Endpoints;

/// <summary>The contact directory: every agency's phones, e-mails, postcodes, addresses and offices, the years each held, and where they changed.</summary>
internal static class ContactDirectoryEndpoints
{
    public static void MapContactDirectoryEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/contacts/directory", Directory).WithTags("Mining").WithName("ContactDirectory")
            .WithSummary("Per agency: each contact detail (office, address, postcode, phone, fax, email, website) with the years its reports give it and the years a kind changed. q: part of a name, region or detail (phones match on digits); kind; changed=true; format=json|csv.")
            .Produces<ListResponse<AgencyContacts>>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

    private static IResult Directory(ReportWorkflows workflows, IOptions<SearchMiningOptions> options, string? q, string? agency, string? region,
        string? kind, bool? changed, string? format, int? size, int? offset, CancellationToken cancellationToken)
    {
        var check = new QueryParameters();
        var limit = check.PageSize(size, options.Value);
        var from = check.Offset(offset);
        if (!string.IsNullOrWhiteSpace(kind) && !ContactKinds.IsKnown(kind))
            check.Add("kind", $"Unknown kind '{kind}'; use one of: {string.Join(", ", ContactKinds.All)}.");
        var csv = false;
        if (!string.IsNullOrWhiteSpace(format))
        {
            if (format.Equals("csv", StringComparison.OrdinalIgnoreCase)) csv = true;
            else if (!format.Equals("json", StringComparison.OrdinalIgnoreCase)) check.Add("format", $"Unknown format '{format}'; use json or csv.");
        }
        if (check.HasErrors) return ApiProblems.Invalid(check.Errors);

        var found = ContactDirectory.Find(workflows.Contacts(cancellationToken), new ContactQuery(q, agency, region, NullIfBlank(kind), changed ?? false));
        if (!csv) return TypedResults.Ok(new ListResponse<AgencyContacts>(found.Count, from, found.Skip(from).Take(limit).ToList()));
        return Results.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 16 * 1024);
            await ContactCsvWriter.WriteAsync(writer, found);
        }, "text/csv; charset=utf-8", "searchmining-contacts.csv");
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
