using SearchMining.Tests.Shared;

namespace SearchMining.Corpus.Tests.Processes;

/// <summary>The service and command line as built beside these tests (same configuration), run with the dotnet host.</summary>
public static class BuiltPrograms
{
    private static readonly string Configuration =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static string ApiFolder => Path.Combine(RepoPaths.Root, "src", "SearchMining.Api", "bin", Configuration, "net10.0");

    public static string ApiDll => Existing(Path.Combine(ApiFolder, "SearchMining.Api.dll"));

    public static string CliDll => Existing(Path.Combine(RepoPaths.Root, "src", "SearchMining.Cli", "bin", Configuration, "net10.0", "searchmining.dll"));

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{path} is built before the tests (project reference)", path);
}
