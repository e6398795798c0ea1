namespace SearchMining.Cli.Tests.Support;

/// <summary>What one run of the <c>searchmining</c> process produced.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
