using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SearchMining.Api.Tests.Infrastructure;
using SearchMining.Tests.Shared;
using Shouldly;
using static SearchMining.Api.Tests.Infrastructure.Json;

namespace SearchMining.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public sealed class ReportWriteEndpointTests(ApiFixture api)
{
    private static MultipartFormDataContent FileContent(byte[] bytes, string fileName, string mediaType = "application/octet-stream")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private Task<HttpResponseMessage> UploadAsync(HttpContent content, string? key = ApiFactory.ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = content };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return api.Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> DeleteAsync(string id, string? key = ApiFactory.ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/reports/{id}");
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return api.Client.SendAsync(request);
    }

    [Fact]
    public async Task Upload_indexes_a_new_report_returns_its_id_and_warnings_then_delete_removes_it()
    {
        // The 2023 洪泽区 report with an extra closing line: other content, so a new report id.
        var text = await File.ReadAllTextAsync(RepoPaths.SampleReport("037_hongze_quzhengfu_2023.txt")) + "\n（本报告由测试上传）\n";
        var response = await UploadAsync(FileContent(Encoding.UTF8.GetBytes(text), "hongze-2023-copy.txt", "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync();
        var id = body.Str("reportId");
        id.ShouldNotBeEmpty();
        body.Str("outcome").ShouldBe("Added");
        body.Str("agency").ShouldBe("淮安市洪泽区人民政府");
        body.GetProperty("year").GetInt32().ShouldBe(2023);
        body.GetProperty("sections").GetInt32().ShouldBe(6);
        body.TryGetProperty("warnings", out var warnings).ShouldBeTrue();
        warnings.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Array);
        response.Headers.Location!.ToString().ShouldBe($"/api/reports/{id}");

        try
        {
            (await api.Client.GetAsync($"/api/reports/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var search = await (await api.Client.GetAsync(Url("/api/search", ("q", "\"本报告由测试上传\"")))).ReadJsonAsync();
            search.Items("hits").ShouldContain(h => h.Str("reportId") == id);
        }
        finally
        {
            (await DeleteAsync(id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
        await (await api.Client.GetAsync($"/api/reports/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await DeleteAsync(id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Uploading_an_edited_copy_of_an_indexed_file_replaces_its_earlier_version()
    {
        const string file = "037_hongze_quzhengfu_2023.txt";
        var original = await File.ReadAllBytesAsync(RepoPaths.SampleReport(file));
        var listed = await (await api.Client.GetAsync(Url("/api/reports", ("agency", "淮安市洪泽区人民政府"), ("year", "2023")))).ReadJsonAsync();
        var originalId = listed.Items("items").Single().Str("id");
        var edited = Encoding.UTF8.GetString(original).Replace("政府信息公开", "政府信息公开（修订版）", StringComparison.Ordinal);

        var response = await UploadAsync(FileContent(Encoding.UTF8.GetBytes(edited), file, "text/plain"));
        try
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var body = await response.ReadJsonAsync();
            body.Str("outcome").ShouldBe("Replaced");
            body.Items("superseded").Select(s => s.GetString()).ShouldBe([originalId]);
            await (await api.Client.GetAsync($"/api/reports/{originalId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            (await (await api.Client.GetAsync("/api/reports?size=100")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(api.SampleReportCount);
        }
        finally
        {
            var restored = await (await UploadAsync(FileContent(original, file, "text/plain"))).ReadJsonAsync();
            restored.Str("reportId").ShouldBe(originalId);
            restored.Items("superseded").Count().ShouldBe(1);
        }
        (await api.Client.GetAsync($"/api/reports/{originalId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Uploading_a_report_already_indexed_is_200_unchanged()
    {
        var bytes = await File.ReadAllBytesAsync(RepoPaths.SampleReport("038_hongze_quzhengfu_2024.txt"));
        var response = await UploadAsync(FileContent(bytes, "038_hongze_quzhengfu_2024.txt", "text/plain"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).Str("outcome").ShouldBe("Unchanged");
        (await (await api.Client.GetAsync("/api/reports?size=100")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(api.SampleReportCount);
    }

    [Fact]
    public async Task Missing_or_wrong_api_key_is_401_and_nothing_is_written()
    {
        var bytes = Encoding.UTF8.GetBytes("政府信息公开工作年度报告\n一、总体情况\n测试");
        var missing = await UploadAsync(FileContent(bytes, "r.txt"), key: null);
        await missing.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await UploadAsync(FileContent(bytes, "r.txt"), key: "wrong-key")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var list = await (await api.Client.GetAsync("/api/reports?size=1")).ReadJsonAsync();
        await (await DeleteAsync(list.Items("items").First().Str("id"), key: null)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await (await api.Client.GetAsync("/api/reports?size=1")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(api.SampleReportCount);
    }

    [Theory]
    [InlineData("report.xlsx")]
    [InlineData("report.exe")]
    [InlineData("report")]
    public async Task Unsupported_file_type_is_415(string fileName)
    {
        var response = await UploadAsync(FileContent([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], fileName));
        var body = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        body.Str("detail").ShouldContain(".docx");
    }

    [Fact]
    public async Task Body_that_is_not_multipart_is_415()
    {
        var response = await UploadAsync(new StringContent("{\"file\":\"x\"}", Encoding.UTF8, "application/json"));
        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Multipart_without_a_file_is_400()
    {
        var response = await UploadAsync(new MultipartFormDataContent { { new StringContent("x"), "note" } });
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("broken.docx")]
    [InlineData("broken.pdf")]
    public async Task Broken_file_is_422_and_the_index_is_unchanged(string fileName)
    {
        var garbage = Encoding.ASCII.GetBytes(new string('x', 300));
        var response = await UploadAsync(FileContent(garbage, fileName));
        var body = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        body.Str("fileName").ShouldBe(fileName);
        (await (await api.Client.GetAsync("/api/reports?size=1")).ReadJsonAsync()).GetProperty("total").GetInt32().ShouldBe(api.SampleReportCount);
    }

    [Fact]
    public async Task Empty_file_is_422()
    {
        var body = await (await UploadAsync(FileContent([], "empty.txt"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        body.Str("errorKind").ShouldBe("Empty");
    }

    [Fact]
    public async Task Upload_over_the_size_limit_is_413()
    {
        var big = new byte[ApiFactory.MaxUploadBytes + 1024];
        Array.Fill(big, (byte)'a');
        var response = await UploadAsync(FileContent(big, "big.txt", "text/plain"));
        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
