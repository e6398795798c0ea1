using System.Security.Cryptography;
using SearchMining.Analysis;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus;

/// <summary>
/// What the indexed content depends on beyond the index layout: the stored-JSON shape of a report, the dictionary the
/// analyzers cut words with, and the theme model that tagged the statements. Recorded in every commit with the schema
/// version and analyzer set; when any part differs the index is rebuilt from the kept originals.
/// </summary>
public static class ContentKey
{
    /// <summary><c>json:…/dict:…/model:…</c> (16 hex digits each; <c>model:none</c> without themes).</summary>
    public static string For(CorpusOptions options) =>
        $"json:{StoredReportJson.ShapeFingerprint}/dict:{AnalysisData.Fingerprint}/model:{ModelFingerprint(options)}";

    private static string ModelFingerprint(CorpusOptions options)
    {
        if (!options.UseClassifier || !File.Exists(options.ModelPath)) return "none";
        try
        {
            using var stream = File.OpenRead(options.ModelPath);
            return Convert.ToHexStringLower(SHA256.HashData(stream))[..16];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }
}
