using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchMining.Core.Corpus;

/// <summary>
/// The dev/test split of the real corpus by agency (data/corpus/SPLIT.md; scripts/corpus-split.py is the same rule):
/// a file <c>&lt;prefix&gt;###_&lt;agency-slug&gt;_&lt;year&gt;[_suffix].txt</c> is test when the first 8 hex digits of
/// SHA-256(slug) are ≡ 0 mod 3, dev otherwise — and always dev when the slug is one of the bundled samples', which
/// earlier sessions tuned on — and always dev when the file lies in a holdout folder released to dev after its one
/// scoring (<see cref="CorpusFolders.ReleasedHoldouts"/>), always test when it lies in a <c>data/corpus/holdout…</c> folder
/// not yet released (a blind holdout, whatever its slug hashes to). One definition for the parser audit, the classifier's
/// agency split and the unlabelled text the classifier may read.
/// </summary>
public sealed partial class CorpusSplit
{
    [GeneratedRegex(@"^[a-z]*\d+_(?<slug>.+?)_(?<year>(?:19|20)\d\d)(?:_[^.]*)?\.txt$")]
    private static partial Regex FileName();

    private readonly HashSet<string> _sampleSlugs;

    /// <param name="sampleSlugs">Agency slugs of the bundled samples (always dev).</param>
    public CorpusSplit(IEnumerable<string> sampleSlugs) => _sampleSlugs = new HashSet<string>(sampleSlugs, StringComparer.Ordinal);

    /// <summary>The split with the sample slugs read from <c>samples/reports</c> under <paramref name="repoRoot"/>.</summary>
    public static CorpusSplit ForRepository(string repoRoot)
    {
        var samples = Path.Combine(repoRoot, CorpusFolders.Samples);
        var slugs = Directory.Exists(samples)
            ? Directory.EnumerateFiles(samples).Select(f => SlugOf(Path.GetFileName(f))).OfType<string>()
            : [];
        return new CorpusSplit(slugs);
    }

    /// <summary>The agency slug of a corpus file name (<c>g012_pingtan_jiaotongju_2021.txt</c> → <c>pingtan_jiaotongju</c>), or null for another name.</summary>
    public static string? SlugOf(string fileName)
    {
        var m = FileName().Match(fileName);
        return m.Success ? m.Groups["slug"].Value : null;
    }

    /// <summary>The part of the corpus a file (path or name) belongs to.</summary>
    public CorpusPart PartOf(string path)
    {
        var slug = SlugOf(Path.GetFileName(path));
        if (slug is null) return CorpusPart.Unnamed;
        if (IsInReleasedHoldout(path)) return CorpusPart.Dev;
        if (IsInBlindHoldout(path)) return CorpusPart.Test;
        if (_sampleSlugs.Contains(slug)) return CorpusPart.Dev;
        return IsTestSlug(slug) ? CorpusPart.Test : CorpusPart.Dev;
    }

    /// <summary>True for dev files only: unnamed files count as test.</summary>
    public bool IsDev(string path) => PartOf(path) == CorpusPart.Dev;

    /// <summary>
    /// True when the path (absolute, or relative to the repository root as in the gold files) has one of the released
    /// holdout folders as whole path segments: <c>data/corpus/holdout/h001_….txt</c> is, <c>data/corpus/holdout2/…</c> is not.
    /// </summary>
    internal static bool IsInReleasedHoldout(string path)
    {
        return IsUnder(path) || (!Path.IsPathRooted(path) && IsUnder(Path.GetFullPath(path)));

        static bool IsUnder(string p)
        {
            var normalised = "/" + p.Replace('\\', '/');
            return CorpusFolders.ReleasedHoldouts.Any(folder => normalised.Contains("/" + folder + "/", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// True when the path has a <c>data/corpus/holdout…</c> folder as whole path segments that is not one of the released
    /// holdouts: <c>data/corpus/holdout15/h1501_….txt</c> is (until a holdout 15 is released), <c>data/corpus/holdout/…</c> is not.
    /// </summary>
    internal static bool IsInBlindHoldout(string path)
    {
        return IsBlind(path) || (!Path.IsPathRooted(path) && IsBlind(Path.GetFullPath(path)));

        static bool IsBlind(string p)
        {
            var m = HoldoutFolder().Match("/" + p.Replace('\\', '/'));
            return m.Success && !CorpusFolders.ReleasedHoldouts.Contains(m.Groups["folder"].Value, StringComparer.Ordinal);
        }
    }

    [GeneratedRegex(@"/(?<folder>data/corpus/holdout\d*)/")]
    private static partial Regex HoldoutFolder();

    private static bool IsTestSlug(string slug)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(slug));
        var first8Hex = ((uint)hash[0] << 24) | ((uint)hash[1] << 16) | ((uint)hash[2] << 8) | hash[3];
        return first8Hex % 3 == 0;
    }
}
