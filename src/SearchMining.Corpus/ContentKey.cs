using System.Security.Cryptography;
using SearchMining.Analysis;
using SearchMining.Core.Parsing.Tables;
using SearchMining.Index.Storage;

namespace SearchMining.Corpus;

/// <summary>
/// What the indexed content depends on beyond the index layout: the stored-JSON shape of a report, the dictionary the
/// analyzers cut words with, the theme model that tagged the statements, and the tables reader (schema 11 reads most
/// tables again on loading a report). Recorded in every commit with the schema
/// version and analyzer set; when any part differs the index is rebuilt from the kept originals.
/// </summary>
public static class ContentKey
{
    /// <summary>
    /// <c>json:…/dict:…/model:…/tables:N</c> (16 hex digits each; <c>model:none</c> without themes; N: the tables reader's
    /// version, since schema 11 reads most reports' tables again from their stored source).
    /// </summary>
    public static string For(CorpusOptions options) =>
        $"json:{StoredReportJson.ShapeFingerprint}/dict:{AnalysisData.Fingerprint}/model:{ModelFingerprint(options)}/tables:{ReportTablesReader.Version}";

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
