using System.Security.Cryptography;
using System.Text;
using SearchMining.Analysis.Jieba;

namespace SearchMining.Analysis;

/// <summary>
/// A hash of the data bundled in this assembly (jieba dictionary, HMM tables, domain user dictionary, stop words): an
/// index records it, so an edited dictionary makes the corpus re-ingest everything.
/// </summary>
public static class AnalysisData
{
    private static readonly Lazy<string> Hash = new(Compute);

    /// <summary>16 hex digits of the SHA-256 over every bundled data file (name and bytes, in name order).</summary>
    public static string Fingerprint => Hash.Value;

    private static string Compute()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var assembly = typeof(AnalysisData).Assembly;
        foreach (var name in BundledData.Names.Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            using var stream = assembly.GetManifestResourceStream(name)!;
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer.AsSpan(0, read));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
