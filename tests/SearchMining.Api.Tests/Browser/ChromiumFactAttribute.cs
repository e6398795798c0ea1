namespace SearchMining.Api.Tests.Browser;

/// <summary>A fact that is skipped (reported as skipped, not passed) when no Chromium is installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumLocator.Find() is null)
            Skip = "Chromium is not installed (/usr/bin/chromium); scripts/install-prereqs.sh installs Debian's chromium where it can.";
    }
}
