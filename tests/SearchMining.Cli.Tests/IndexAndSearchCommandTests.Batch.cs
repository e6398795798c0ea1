using SearchMining.Cli.Tests.Support;
using Shouldly;

namespace SearchMining.Cli.Tests;

/// <summary><c>searchmining batch</c> over the same indexed samples as the search tests.</summary>
public sealed partial class IndexAndSearchCommandTests
{
    [Fact]
    public async Task Batch_prints_counts_and_top_hits_per_query_as_csv_and_goes_on_after_a_bad_line()
    {
        using var folder = new TempFolder();
        var queries = Path.Combine(folder.Path, "queries.csv");
        await File.WriteAllTextAsync(queries, "label,q,year\n洪泽,培训 agency:洪泽,\n全部,政策解读,2023..2024\n坏,\"(培训\",\n");
        var single = await corpus.Cli.RunAsync("search", "政策解读 year:2023..2024", "--index", corpus.IndexPath, "-n", "2");

        var result = await corpus.Cli.RunAsync("batch", queries, "--index", corpus.IndexPath, "--top", "2", "--base-url", "http://localhost:5000");

        result.ExitCode.ShouldBe(0, result.ToString());
        var rows = result.OutputLines.Where(l => l.Length > 0).ToList();
        rows[0].ShouldStartWith("line,label,query,filters,sections,reports,rank,");
        var total = single.OutputLines[0].Split(' ')[0];
        var policy = rows.Where(r => r.StartsWith("3,全部,政策解读,year=2023..2024,", StringComparison.Ordinal)).ToList();
        policy.Count.ShouldBe(2);
        policy[0].ShouldStartWith($"3,全部,政策解读,year=2023..2024,{total},");
        policy.ShouldAllBe(r => r.Contains("http://localhost:5000/?view=report&id="));
        rows.Where(r => r.StartsWith("2,洪泽,", StringComparison.Ordinal)).ShouldAllBe(r => r.Contains("淮安市洪泽区人民政府"));
        rows.Single(r => r.StartsWith("4,坏,", StringComparison.Ordinal)).ShouldContain(",QuerySyntax,");
        result.Error.ShouldContain("3 queries in ");
        result.Error.ShouldContain("1 failed");

        var output = Path.Combine(folder.Path, "answer.csv");
        (await corpus.Cli.RunAsync("batch", queries, "--index", corpus.IndexPath, "--out", output)).ExitCode.ShouldBe(0);
        var bytes = await File.ReadAllBytesAsync(output);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }); // UTF-8 BOM, so spreadsheet programs read the Chinese
        System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldStartWith("line,label,query");
    }

    [Fact]
    public async Task Batch_refuses_an_empty_file_and_a_missing_index()
    {
        using var folder = new TempFolder();
        var empty = Path.Combine(folder.Path, "empty.txt");
        await File.WriteAllTextAsync(empty, "# nothing to ask\n\n");
        var refused = await corpus.Cli.RunAsync("batch", empty, "--index", corpus.IndexPath);
        refused.ExitCode.ShouldBe(2);
        refused.Error.ShouldContain("EmptyBatch");

        var queries = Path.Combine(folder.Path, "q.txt");
        await File.WriteAllTextAsync(queries, "培训\n");
        (await corpus.Cli.RunAsync("batch", queries, "--index", Path.Combine(folder.Path, "no-index"))).ExitCode.ShouldBe(3);
    }
}
