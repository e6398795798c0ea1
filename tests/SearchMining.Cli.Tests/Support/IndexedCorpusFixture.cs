using SearchMining.Tests.Shared;

namespace SearchMining.Cli.Tests.Support;

/// <summary>Indexes samples/reports once, with the committed theme model, into a temp folder shared by the search tests.</summary>
public sealed class IndexedCorpusFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public CliRunner Cli { get; } = new();

    public string IndexPath => _folder.File("index");

    public static string Model => Path.Combine(RepoPaths.Root, "models", "theme-classifier.zip");

    /// <summary>The output of the first indexing run.</summary>
    public CliResult FirstRun { get; private set; } = null!;

    public async Task InitializeAsync() =>
        FirstRun = await Cli.RunAsync("index", RepoPaths.SampleReports, "--index", IndexPath, "--model", Model);

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
