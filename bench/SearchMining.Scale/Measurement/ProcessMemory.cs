namespace SearchMining.Scale.Measurement;

/// <summary>Resident memory of a process from /proc/&lt;pid&gt;/status (Linux): current (VmRSS) and peak (VmHWM), in MiB.</summary>
internal sealed record ProcessMemory(double RssMiB, double PeakMiB)
{
    public static ProcessMemory? Read(int pid)
    {
        try
        {
            double rss = double.NaN, peak = double.NaN;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kib(line) / 1024.0;
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kib(line) / 1024.0;
            }
            return new ProcessMemory(rss, peak);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static double Kib(string line) => double.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0]);
}
