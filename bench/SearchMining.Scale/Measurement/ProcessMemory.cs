namespace SearchMining.Scale.Measurement;

/// <summary>
/// Resident memory of a process from /proc/&lt;pid&gt;/status (Linux), in MiB: current (VmRSS) and peak (VmHWM), and the
/// current split into anonymous pages (RssAnon: the .NET heap, native allocations — what the service owns) and file-backed
/// pages (RssFile: mostly the index files Lucene maps, i.e. page cache the kernel shares and reclaims under pressure).
/// </summary>
internal sealed record ProcessMemory(double RssMiB, double PeakMiB, double AnonMiB = double.NaN, double FileMiB = double.NaN)
{
    public static ProcessMemory? Read(int pid)
    {
        try
        {
            double rss = double.NaN, peak = double.NaN, anon = double.NaN, file = double.NaN;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kib(line) / 1024.0;
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kib(line) / 1024.0;
                else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kib(line) / 1024.0;
                else if (line.StartsWith("RssFile:", StringComparison.Ordinal)) file = Kib(line) / 1024.0;
            }
            return new ProcessMemory(rss, peak, anon, file);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static double Kib(string line) => double.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0]);
}
