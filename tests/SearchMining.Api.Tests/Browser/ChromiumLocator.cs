namespace SearchMining.Api.Tests.Browser;

/// <summary>Finds the system Chromium: $CHROMIUM_PATH, Debian's binary, or its /usr/bin wrapper.</summary>
public static class ChromiumLocator
{
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        string?[] candidates = [configured, "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];
        return candidates.FirstOrDefault(path => !string.IsNullOrWhiteSpace(path) && File.Exists(path));
    }
}
