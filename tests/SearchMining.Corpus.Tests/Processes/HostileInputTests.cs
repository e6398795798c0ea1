using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SearchMining.Corpus.Tests.Fixtures;
using SearchMining.Tests.Shared;
using Shouldly;
using Xunit.Abstractions;

namespace SearchMining.Corpus.Tests.Processes;

/// <summary>What a hostile or careless user uploads, against the real service process.</summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IDisposable
{
    private const long MiB = 1024 * 1024;
    private readonly TestCorpus _corpus = new("037_hongze_quzhengfu_2023.txt");

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task A_zip_bomb_a_19_MB_text_and_a_readme_are_refused_before_the_work_and_nothing_is_kept()
    {
        await using var service = await ServiceProcess.StartAsync(ServiceProcess.Settings(_corpus.IndexPath, _corpus.BundledPath));
        await service.WaitForIngestionAsync("Completed");
        using (var warmup = await service.Client.SendAsync(service.Write(HttpMethod.Post, "/api/reports", ServiceProcess.File([], "warmup.txt"))))
            warmup.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        // 1. a .docx whose word/document.xml inflates to 1 GiB (the issue's: 2.6 MB → 1 GiB, 47 s, 500, 8.3 GB)
        var bomb = ZipBomb.Docx(1024 * MiB);
        var (bombResponse, bombBody, elapsed, growth) = await UploadMeasuredAsync(service, bomb, "bomb.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        output.WriteLine($"zip bomb ({bomb.Length:N0} bytes → 1 GiB): {(int)bombResponse} in {elapsed.TotalMilliseconds:F0} ms, resident memory +{growth / (double)MiB:F1} MB (load {File.ReadAllText("/proc/loadavg").Trim()})");
        bombResponse.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        bombBody.GetProperty("errorKind").GetString().ShouldBe("TooLarge");
        bombBody.GetProperty("detail").GetString()!.ShouldContain("zip bomb");
        growth.ShouldBeLessThan(200 * MiB);
        elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10)); // 1 s on a quiet machine (docs/RELIABILITY.md); the bound here only catches a regression to inflating

        // 2. a 19 MB text file (the issue's became one report with a section 六 of 8.3 M characters)
        var text = new StringBuilder(await File.ReadAllTextAsync(RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt")));
        while (text.Length < 19 * MiB / 3) text.Append("六、其他需要报告的事项。本机关依据有关规定收取信息处理费。");
        var hugeBytes = Encoding.UTF8.GetBytes(text.ToString());
        var (hugeResponse, hugeBody, hugeElapsed, hugeGrowth) = await UploadMeasuredAsync(service, hugeBytes, "huge.txt", "text/plain");
        output.WriteLine($"text file ({hugeBytes.Length:N0} bytes): {(int)hugeResponse} in {hugeElapsed.TotalMilliseconds:F0} ms, resident memory +{hugeGrowth / (double)MiB:F1} MB");
        hugeResponse.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        hugeBody.GetProperty("errorKind").GetString().ShouldBe("TooLarge");

        // 3. the repository's README.md is not a report — unless the caller insists
        var readme = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "README.md"));
        var (readmeResponse, readmeBody, _, _) = await UploadMeasuredAsync(service, readme, "README.md", "text/markdown");
        readmeResponse.ShouldBe(HttpStatusCode.UnprocessableEntity);
        readmeBody.GetProperty("errorKind").GetString().ShouldBe("NotAReport");
        readmeBody.GetProperty("detail").GetString()!.ShouldEndWith("Send force=true to index it anyway.");

        var stats = await service.Client.GetFromJsonAsync<JsonElement>("/api/stats");
        stats.GetProperty("reports").GetInt32().ShouldBe(1); // nothing of the three was kept
        using (var forced = await service.Client.SendAsync(service.Write(HttpMethod.Post, "/api/reports?force=true", ServiceProcess.File(readme, "README.md", "text/markdown"))))
            forced.StatusCode.ShouldBe(HttpStatusCode.Created);
        service.Output.ShouldContain("HTTP POST /api/reports → 413"); // the log records the status sent
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, TimeSpan Elapsed, long Growth)> UploadMeasuredAsync(
        ServiceProcess service, byte[] bytes, string name, string type)
    {
        var before = service.ResidentBytes();
        var peak = before;
        using var sampling = new CancellationTokenSource();
        // The loop stops on the flag; a cancelled Task.Run or Delay would fault the sampler instead, hence no token.
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, service.ResidentBytes());
                await Task.Delay(5, CancellationToken.None);
            }
        }, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        using var response = await service.Client.SendAsync(service.Write(HttpMethod.Post, "/api/reports", ServiceProcess.File(bytes, name, type)), CancellationToken.None);
        var elapsed = clock.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        peak = Math.Max(peak, service.ResidentBytes());
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None), elapsed, peak - before);
    }
}
