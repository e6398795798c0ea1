using Microsoft.OpenApi;

namespace SearchMining.Api.Endpoints;

/// <summary>OpenAPI description of the upload body (the handler reads the form itself, after the API-key check).</summary>
internal static class UploadRequestBody
{
    public static OpenApiRequestBody Describe() => new()
    {
        Required = true,
        Description = "One report file in the multipart field 'file' (.txt/.text/.md, .docx, .html/.htm, .pdf).",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { ReportWriteEndpoints.FileField },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        [ReportWriteEndpoints.FileField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        [UploadFields.SourceUrlField] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Description = "Where the report was published (kept with the original)." },
                        [UploadFields.ForceField] = new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "true: index a file that does not read as a report (no heading, no year, no agency) instead of a 422 NotAReport." },
                    },
                },
            },
        },
    };
}
