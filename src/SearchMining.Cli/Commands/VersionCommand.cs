using System.CommandLine;
using System.Reflection;

namespace SearchMining.Cli.Commands;

internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("about", "Print the tool's version.");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
            Console.WriteLine($"searchmining {version}");
            return 0;
        });
        return command;
    }
}
