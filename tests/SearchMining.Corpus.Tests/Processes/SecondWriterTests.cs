using System.Net.Http.Json;
using System.Text.Json;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Processes;

/// <summary>Two real processes on one index folder: the running service and <c>searchmining index</c>.</summary>
public sealed class SecondWriterTests : IDisposable
{
    private readonly TestCorpus _corpus = new("037_hongze_quzhengfu_2023.txt", "038_hongze_quzhengfu_2024.txt");

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task The_cli_is_refused_while_the_service_writes_the_folder_naming_it_and_searches_still_work()
    {
        int serviceId;
        await using (var service = await ServiceProcess.StartAsync(ServiceProcess.Settings(_corpus.IndexPath, _corpus.BundledPath)))
        {
            serviceId = service.Id;
            await service.WaitForIngestionAsync("Completed");

            var refused = await CliProcess.RunAsync("index", RepoPaths.SampleReports, "--index", _corpus.IndexPath, "--no-classifier");

            refused.ExitCode.ShouldBe(4, refused.ToString());
            refused.Error.ShouldContain($"The index at {_corpus.IndexPath} is in use by another writer: process {serviceId} on {Environment.MachineName}");
            refused.Error.ShouldContain("SearchMining.Api.dll");
            refused.Output.ShouldNotContain("added");
            var stats = await service.Client.GetFromJsonAsync<JsonElement>("/api/stats");
            stats.GetProperty("reports").GetInt32().ShouldBe(2); // the service's corpus is untouched

            var search = await CliProcess.RunAsync("search", "政府信息公开", "--index", _corpus.IndexPath, "-n", "1");
            search.ExitCode.ShouldBe(0, search.ToString()); // a reader needs no lock
            search.Output.ShouldContain("sections match");

            service.Kill(); // kill -9: the operating system drops the lock with the process
        }
        var after = await CliProcess.RunAsync("index", RepoPaths.SampleReport("022_sanya_haitangqu_2015.txt"), "--index", _corpus.IndexPath, "--no-classifier");
        after.ExitCode.ShouldBe(0, after.ToString());
        after.Output.ShouldContain("1 files: 1 added");
        after.Output.ShouldContain(": 3 reports,");
        after.Output.ShouldContain("3 originals kept");
    }
}
