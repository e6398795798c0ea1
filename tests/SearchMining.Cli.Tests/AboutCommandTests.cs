using SearchMining.Cli.Tests.Support;
using Shouldly;

namespace SearchMining.Cli.Tests;

public sealed class AboutCommandTests
{
    [Fact]
    public async Task About_prints_the_version_and_an_unknown_command_fails()
    {
        var cli = new CliRunner();

        var about = await cli.RunAsync("about");
        var unknown = await cli.RunAsync("frobnicate");

        about.ExitCode.ShouldBe(0, about.ToString());
        about.Output.ShouldMatch(@"^searchmining \d+\.\d+\.\d+");
        unknown.ExitCode.ShouldNotBe(0);
        unknown.Error.ShouldContain("frobnicate");
    }
}
