using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchMining.Tests.Shared;

namespace SearchMining.Api.Tests.Fuzz;

/// <summary>The service over three real reports without themes: a small index, so thousands of requests stay cheap.</summary>
public sealed class SmallCorpusFactory : WebApplicationFactory<Program>
{
    private readonly string _root = Directory.CreateTempSubdirectory("searchmining-fuzz-").FullName;

    public SmallCorpusFactory()
    {
        Directory.CreateDirectory(CorpusPath);
        foreach (var name in new[] { "037_hongze_quzhengfu_2023.txt", "002_huaian_shizhengfu_2024.txt", "039_pingtan_shiyanqu_2021.txt" })
            File.Copy(RepoPaths.SampleReport(name), Path.Combine(CorpusPath, name));
    }

    public string CorpusPath => Path.Combine(_root, "bundled");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("SearchMining:IndexPath", Path.Combine(_root, "index"));
        builder.UseSetting("SearchMining:CorpusPath", CorpusPath);
        builder.UseSetting("SearchMining:UseClassifier", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
