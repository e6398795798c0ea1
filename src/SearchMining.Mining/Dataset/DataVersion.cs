using System.Security.Cryptography;

namespace SearchMining.Mining.Dataset;

/// <summary>A short content hash of the labels file, recorded in the model and its card.</summary>
public static class DataVersion
{
    public static async Task<string> OfFileAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, ct);
        return Convert.ToHexStringLower(hash)[..16];
    }
}
