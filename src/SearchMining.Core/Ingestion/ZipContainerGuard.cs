using System.IO.Compression;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Ingestion;

/// <summary>
/// Checks a zip container (.docx) against <see cref="InputLimits"/> before it is opened for real: the entry count and
/// the sizes the central directory declares (total, and the ratio of each large entry), then every entry is inflated
/// into nothing with a hard cap, so a header that lies about its sizes is caught too. Inflating stops at the cap, so a
/// bomb costs at most <see cref="InputLimits.MaxZipUncompressedBytes"/> of work and a 64 KB buffer of memory.
/// </summary>
public static class ZipContainerGuard
{
    private const long LargeEntryBytes = 1024 * 1024;

    /// <summary>A TooLarge error, or null when the container is within the limits (or is no zip at all: the reader reports that).</summary>
    public static ParseError? Check(byte[] bytes, InputLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        using (zip)
        {
            if (zip.Entries.Count > limits.MaxZipEntries)
                return TooLarge($"The container has {zip.Entries.Count} entries; at most {limits.MaxZipEntries} are accepted.");
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                declared += entry.Length;
                if (entry.Length > LargeEntryBytes && entry.Length > limits.MaxZipCompressionRatio * Math.Max(1, entry.CompressedLength))
                    return TooLarge($"'{entry.FullName}' inflates {entry.CompressedLength:N0} bytes to {entry.Length:N0} ({(double)entry.Length / Math.Max(1, entry.CompressedLength):F0}×); at most {limits.MaxZipCompressionRatio:F0}× is accepted (a zip bomb?).");
            }
            if (declared > limits.MaxZipUncompressedBytes)
                return TooLarge($"The container inflates to {declared:N0} bytes; at most {limits.MaxZipUncompressedBytes:N0} are accepted.");

            var buffer = new byte[64 * 1024];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                long inflated = 0;
                try
                {
                    using var stream = entry.Open();
                    int read;
                    while ((read = stream.Read(buffer)) > 0)
                    {
                        inflated += read;
                        total += read;
                        if (inflated > entry.Length)
                            return TooLarge($"'{entry.FullName}' inflates beyond the {entry.Length:N0} bytes its header declares (a forged zip?).");
                        if (total > limits.MaxZipUncompressedBytes)
                            return TooLarge($"The container inflates to more than {limits.MaxZipUncompressedBytes:N0} bytes; that many are accepted at most.");
                    }
                }
                catch (InvalidDataException)
                {
                    return null; // a damaged entry: the .docx reader reports it as unreadable
                }
            }
            return null;
        }
    }

    private static ParseError TooLarge(string message) => new(ParseErrorKind.TooLarge, message);
}
