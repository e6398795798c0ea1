namespace SearchMining.Scale.Measurement;

/// <summary>The 1/5/15-minute load averages (/proc/loadavg): recorded beside every figure, since the machine is shared.</summary>
internal static class MachineLoad
{
    public static string Now()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
