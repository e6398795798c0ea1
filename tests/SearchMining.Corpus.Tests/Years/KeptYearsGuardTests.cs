using SearchMining.Core.Ingestion;
using SearchMining.Corpus.Years;
using SearchMining.Index.Storage;
using SearchMining.Mining.Timelines;
using SearchMining.Tests.Shared;
using Shouldly;

namespace SearchMining.Corpus.Tests.Years;

/// <summary>
/// <see cref="KeptYears.ComputationVersion"/> is bumped by hand when the computation of a kept part changes (a kept part of
/// another computation must not be read). This guard computes every part — directory, recurrence summary, template phrases,
/// word weights, as packed and read back — over frozen inputs (8 real reports parsed once, <c>kept-years-inputs.jsonl</c>:
/// a parser change does not move them) and fails when the result is not the one pinned beside the version
/// (<see cref="KeptYears.ComputationFingerprint"/>): a change to the resolver, the learners, the summary or the packing
/// that forgets the bump.
/// </summary>
public sealed class KeptYearsGuardTests
{
    private static readonly string Inputs = Path.Combine(RepoPaths.Root, "tests", "SearchMining.Corpus.Tests", "Years", "kept-years-inputs.jsonl");

    /// <summary>The reports the inputs were frozen from (KeptYearsTests' files).</summary>
    private static readonly string[] Files = KeptYearsTests.Files;

    [Fact]
    public void The_kept_parts_are_what_the_pinned_computation_version_gives()
    {
        // Freezing the inputs again (only when they cannot be read any more: the Report records changed shape):
        // SEARCHMINING_FREEZE_KEPT_YEARS_INPUTS=1 dotnet test tests/SearchMining.Corpus.Tests --filter KeptYearsGuardTests
        if (Environment.GetEnvironmentVariable("SEARCHMINING_FREEZE_KEPT_YEARS_INPUTS") == "1") Freeze();
        var reports = File.ReadLines(Inputs).Select(line => StoredReportJson.TryDeserialize(line)
            ?? throw new InvalidDataException($"{Inputs}: a report the current records cannot read (freeze the inputs again)")).ToList();
        reports.Count.ShouldBe(Files.Length);
        var years = new YearsCorpus(YearsReports.InMemory(reports), [], templateAgencies: CorpusYears.TemplateAgencies, wordWeightReports: CorpusYears.WordWeightReports);
        years.Directory.Agencies.Count(a => a.Reports.Count >= 2).ShouldBe(3); // the inputs exercise joins across years
        years.Weights.Learned.Idf.Count.ShouldBeGreaterThan(100); // (3 agencies: too few for a template phrase, ≥ 3 agencies of one template)
        KeptYears.Fingerprint(years).ShouldBe(KeptYears.ComputationFingerprint,
            $"The years view's kept parts are no longer what computation version {KeptYears.ComputationVersion} gave: bump KeptYears.ComputationVersion and pin the new fingerprint beside it.");
    }

    private static void Freeze()
    {
        var reader = new ReportFileReader();
        var lines = Files.Select(f => StoredReportJson.Serialize(reader.ReadAsync(f, CancellationToken.None).GetAwaiter().GetResult().Report
            ?? throw new InvalidDataException($"{f} did not parse"))).ToList();
        File.WriteAllLines(Inputs, lines);
    }
}
