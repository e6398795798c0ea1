using System.IO.Compression;
using System.Text.Json;
using SearchMining.Core.Domain;
using SearchMining.Corpus.Years.Kept;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Promises;
using SearchMining.Mining.Recurrence;
using SearchMining.Mining.Timelines;
using SearchMining.Mining.YearOverYear;

namespace SearchMining.Corpus.Years;

/// <summary>
/// The parts of a years view kept in the derived store (<c>years_parts</c>) so that a cold view after a restart reads
/// them instead of computing them: the resolved agency directory with every report's identity and problem digest, the
/// template phrases, the word weights and the recurrence summary. Each is JSON, Brotli-compressed (fastest), kept under
/// the version it was computed for (<see cref="CorpusYears"/>: the index version, the overrides' content and
/// <see cref="ComputationVersion"/>) and read only for exactly that version: a write, a delete or a person's merge makes another version,
/// so a kept part is never stale — it is simply not read, and the part is computed and kept again.
/// </summary>
internal static class KeptYears
{
    public const string DirectoryPart = "directory";
    public const string TemplatePart = "template";
    public const string WeightsPart = "weights";
    public const string RecurrencePart = "recurrence";

    /// <summary>Every part a whole kept view has.</summary>
    public static readonly IReadOnlyList<string> Parts = [DirectoryPart, RecurrencePart, TemplatePart, WeightsPart];

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The version of the computation a kept part holds the result of, besides the data it was computed from (the index
    /// version and the overrides' content, <see cref="CorpusYears"/>). <b>Bump it by hand</b> when the code that resolves
    /// agencies (<c>AgencyResolver</c>, <see cref="AgencyDirectory"/>), learns the template phrases
    /// (<see cref="TemplatePhrases"/>) or word weights (<see cref="WordWeights"/>), summarises recurrence
    /// (<see cref="RecurrenceAnalyzer"/>) or packs a part (this class, <c>Kept/</c>) changes what it gives: a kept part of
    /// another version is not read, so the first view computes it again and keeps it. Until round 10 the parts were keyed by
    /// the assemblies' build ids, so every rebuild of the program — even one changing nothing of this — recomputed them on
    /// the first cold view (2.8 s for <c>/api/agencies</c> at 100k while sharing the cores); a restart or a rebuild now reads them.
    /// </summary>
    public const int ComputationVersion = 1;

    /// <summary>
    /// What <see cref="Fingerprint"/> gives for <see cref="ComputationVersion"/> on the frozen reports of
    /// <c>tests/SearchMining.Corpus.Tests/Years/kept-years-inputs.jsonl</c> (8 real reports, 3 agencies across years): a
    /// guard test (<c>KeptYearsGuardTests</c>) fails when the computation gives other parts than this — then bump
    /// <see cref="ComputationVersion"/> (kept parts of the old computation must not be read) and pin the new fingerprint here.
    /// </summary>
    public const string ComputationFingerprint = "B99BEF657C8710E443BC0D7BFC011B99";

    /// <summary>
    /// A hash of every part <paramref name="years"/> keeps, as packed and read back: the directory's and recurrence
    /// summary's packed JSON, the template phrases (sorted) and groups, the word weights (sorted by term) — what changes when
    /// the resolution, the learners, the summary or the packing change what they give.
    /// </summary>
    public static string Fingerprint(YearsCorpus years)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(byte[] data)
        {
            hash.AppendData(BitConverter.GetBytes(data.Length));
            hash.AppendData(data);
        }
        Add(Unbrotli(Directory(years)));
        Add(Unbrotli(Recurrence(years.RecurrenceSummary)));
        var template = ReadTemplate(Template(years.Template));
        Add(JsonSerializer.SerializeToUtf8Bytes(new KeptTemplate([.. template.Phrases.Order()], template.Groups), Json));
        var weights = ReadWeights(Weights(years.Weights));
        Add(JsonSerializer.SerializeToUtf8Bytes(weights.Learned.Idf.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(), Json));
        Add(JsonSerializer.SerializeToUtf8Bytes(weights.Learned.Unseen, Json));
        return Convert.ToHexString(hash.GetHashAndReset())[..32];
    }

    private static byte[] Unbrotli(byte[] data)
    {
        using var brotli = new BrotliStream(new MemoryStream(data), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        brotli.CopyTo(plain);
        return plain.ToArray();
    }

    /// <summary>The directory of <paramref name="years"/>, with every report of its source (in order) and its problem digest.</summary>
    public static byte[] Directory(YearsCorpus years)
    {
        var source = years.Source;
        var position = new Dictionary<string, int>(source.Reports.Count, StringComparer.Ordinal);
        var reports = new List<KeptReport>(source.Reports.Count);
        foreach (var r in source.Reports)
        {
            if (!position.TryAdd(r.ReportId, reports.Count)) continue;
            var problems = source.ProblemsOf(r.ReportId);
            reports.Add(new KeptReport(r.ReportId, r.SourceFile, r.Agency, r.AgencyAsWritten, r.Region.Province, r.Region.City, r.Region.County,
                r.Level, r.Year, problems?.Problems, problems?.Themes));
        }
        int At(AgencyReport report) => position.TryGetValue(report.ReportId, out var at) ? at
            : throw new InvalidOperationException($"Report {report.ReportId} of the directory is not in its source.");
        var directory = years.Directory;
        var kept = new KeptDirectory(reports,
            [.. directory.Agencies.Select(a => new KeptAgency(a.Key, a.Name, a.Places, a.Kind, a.Level, a.Names, [.. a.Reports.Select(At)], a.Evidence))],
            [.. directory.Unidentified.Select(At)]);
        return Pack(kept);
    }

    /// <summary>A kept directory: the directory as it was resolved, its source's reports in order, and each report's problem digest.</summary>
    public static (AgencyDirectory Directory, IReadOnlyList<AgencyReport> Reports, Dictionary<string, ProblemDigest> Problems) ReadDirectory(byte[] data)
    {
        var kept = Unpack<KeptDirectory>(data);
        var reports = new AgencyReport[kept.Reports.Count];
        var problems = new Dictionary<string, ProblemDigest>(kept.Reports.Count, StringComparer.Ordinal);
        for (var i = 0; i < reports.Length; i++)
        {
            var r = kept.Reports[i];
            reports[i] = new AgencyReport(r.Id, r.File, r.Agency, r.Written, new RegionInfo(r.Province, r.City, r.County), r.Level, r.Year);
            if (r.Problems is { } count) problems[r.Id] = new ProblemDigest(count, r.Themes ?? []);
        }
        var agencies = kept.Agencies.Select(a => new Agency(a.Key, a.Name, a.Places, a.Kind, a.Level, a.Names, [.. a.Reports.Select(i => reports[i])], a.Evidence)).ToList();
        return (AgencyDirectory.Restore(agencies, [.. kept.Unidentified.Select(i => reports[i])]), reports, problems);
    }

    public static byte[] Template(TemplatePhrases template) => Pack(new KeptTemplate([.. template.Phrases], template.Groups));

    public static TemplatePhrases ReadTemplate(byte[] data)
    {
        var kept = Unpack<KeptTemplate>(data);
        return TemplatePhrases.Restore(kept.Phrases, kept.Groups);
    }

    public static byte[] Weights(WordWeights weights) => Pack(new KeptWeights(weights.Learned.Idf, weights.Learned.Unseen));

    public static WordWeights ReadWeights(byte[] data)
    {
        var kept = Unpack<KeptWeights>(data);
        return WordWeights.Restore(kept.Idf, kept.Unseen);
    }

    public static byte[] Recurrence(RecurrenceSummary summary) => Pack(summary);

    public static RecurrenceSummary ReadRecurrence(byte[] data) => Unpack<RecurrenceSummary>(data);

    private static byte[] Pack<T>(T value)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            JsonSerializer.Serialize(brotli, value, Json);
        return buffer.ToArray();
    }

    private static T Unpack<T>(byte[] data)
    {
        using var brotli = new BrotliStream(new MemoryStream(data), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(brotli, Json) ?? throw new InvalidDataException($"An empty kept {typeof(T).Name}.");
    }
}
