using System.Security.Cryptography;
using System.Text;

namespace SearchMining.Mining.Features;

/// <summary>
/// A hash of how the statements of the dataset are cut into words. Stored in the model: when the segmenter's
/// dictionary changes, the fingerprint changes, and the model's recorded figures no longer hold until it is retrained.
/// </summary>
public static class TokenizationFingerprint
{
    public static string Of(StatementRowFactory rows, IEnumerable<string> texts)
    {
        var all = new StringBuilder();
        foreach (var text in texts) all.Append(rows.ForPrediction(text).Words).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))[..16];
    }
}
