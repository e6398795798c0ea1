using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchMining.Tests.Shared;

namespace SearchMining.Api.Tests.Infrastructure;

/// <summary>The service over a temporary index that ingests samples/reports/ on start (first-start ingestion, as in production).</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-write-key";
    public const long MaxUploadBytes = 256 * 1024;

    public string IndexPath { get; } = Path.Combine(Path.GetTempPath(), "searchmining-api-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Where the workflow database lives: beside the index (see WorkflowOptions.WorkspaceFor).</summary>
    public string WorkspaceFolder => IndexPath + "-workspace";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("SearchMining:IndexPath", IndexPath);
        builder.UseSetting("SearchMining:CorpusPath", RepoPaths.SampleReports);
        builder.UseSetting("SearchMining:ApiKey", ApiKey);
        builder.UseSetting("SearchMining:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var folder in new[] { IndexPath, WorkspaceFolder })
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
