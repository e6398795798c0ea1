namespace SearchMining.Corpus.Tests.Processes;

/// <summary>
/// A fact that runs the service without the root capabilities that ignore file permissions (setpriv drops
/// CAP_DAC_OVERRIDE and friends), so a read-only folder is read-only to it; skipped, with the reason, where setpriv
/// is missing or the tests do not run as root (then a chmod already binds).
/// </summary>
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public const string Setpriv = "/usr/bin/setpriv";

    public UnprivilegedFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "Linux only (setpriv, /proc).";
        else if (!File.Exists(Setpriv)) Skip = "setpriv (util-linux) is not installed.";
    }

    /// <summary>What to start the service through: setpriv without the capabilities that bypass file permissions (none needed when not root).</summary>
    public static IReadOnlyList<string>? Wrapper() => Environment.UserName == "root"
        ? [Setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
        : null;
}
