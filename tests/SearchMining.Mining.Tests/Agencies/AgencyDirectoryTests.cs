using SearchMining.Core.Domain;
using SearchMining.Mining.Agencies;
using SearchMining.Mining.Tests.Years;
using Shouldly;

namespace SearchMining.Mining.Tests.Agencies;

[Collection(SampleSeriesCollection.Name)]
public sealed class AgencyDirectoryTests(SampleSeriesFixture fixture)
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A report known only by its metadata: for names the bundled samples do not write.</summary>
    private static AgencyReport Named(string name, int year, RegionInfo? region = null) =>
        new($"extra-{name}-{year}", $"{name}_{year}.txt", name, name, region ?? RegionInfo.Unknown, AdministrativeLevel.Unknown, year);

    private IEnumerable<AgencyReport> Samples => fixture.Reports.Select(AgencyReport.Of);

    [Fact]
    public void The_real_series_resolve_to_one_agency_each_with_their_years_and_evidence()
    {
        var hongze = fixture.Directory.OfReport(fixture.Sample("037").Id).ShouldNotBeNull();
        hongze.ShouldBeSameAs(fixture.Directory.OfReport(fixture.Sample("038").Id));
        hongze.Key.ShouldBe("淮安市·洪泽区·政府");
        hongze.Years.ShouldBe([2023, 2024]);
        hongze.Level.ShouldBe(AdministrativeLevel.County);
        // 2023 writes 洪泽区人民政府, 2024 淮安市洪泽区人民政府: the evidence names both
        hongze.Names.Select(n => n.Written).ShouldBe(["洪泽区人民政府", "淮安市洪泽区人民政府"], ignoreOrder: true);
        hongze.Names.Single(n => n.Written == "洪泽区人民政府").Steps.ShouldContain(s => s.Rule == AgencyRules.RegionFromText);
        hongze.Evidence.ShouldContain(e => e.Rule == AgencyRules.SameName);

        var pingtan = fixture.Directory.OfReport(fixture.Sample("039").Id).ShouldNotBeNull();
        pingtan.Years.ShouldBe([2020, 2021, 2022]);
        pingtan.Kind.ShouldBe(AgencyKind.Government);

        // the city government of 淮安市 is not 洪泽区's, though 洪泽区 lies in 淮安市
        fixture.Directory.OfReport(fixture.Sample("002_huaian").Id).ShouldNotBe(hongze);
        fixture.Directory.Unidentified.Select(r => r.SourceFile).ShouldBe(["015_linzi_qiling_jiedao_2019_tail.txt"]);
    }

    [Fact]
    public void Short_government_and_committee_forms_join_the_series()
    {
        var directory = AgencyDirectory.Build(Samples.Append(Named("洪泽区政府", 2022)).Append(Named("平潭综合实验区管委会办公室", 2023)));

        var hongze = directory.Find("淮安市·洪泽区·政府").ShouldNotBeNull();
        hongze.Years.ShouldBe([2022, 2023, 2024]);
        hongze.Evidence.ShouldContain(e => e.Rule == AgencyRules.RegionPrefix && e.From == "洪泽区政府");
        hongze.Names.Single(n => n.Written == "洪泽区政府").Steps.Single().Rule.ShouldBe(AgencyRules.GovernmentShort);

        var pingtan = directory.Find("平潭综合实验区·政府").ShouldNotBeNull();
        pingtan.Years.ShouldBe([2020, 2021, 2022, 2023]);
        pingtan.Names.Single(n => n.Written == "平潭综合实验区管委会办公室").Steps.Single().Rule.ShouldBe(AgencyRules.Committee);
    }

    [Fact]
    public void A_name_without_its_city_joins_the_only_full_name_and_stays_apart_when_two_fit()
    {
        // 000 is 枣庄市市中区工业和信息化局 (2024); the title writes 市中区工业和信息化局 and the parser completes the city
        var zaozhuang = fixture.Directory.OfReport(fixture.Sample("000").Id).ShouldNotBeNull();
        zaozhuang.Key.ShouldBe("枣庄市·市中区·工业和信息化局");

        var one = AgencyDirectory.Build(Samples.Append(Named("市中区工业和信息化局", 2023)));
        one.Find("市中区·工业和信息化局").ShouldBe(one.Find("枣庄市·市中区·工业和信息化局"));
        one.Find("市中区·工业和信息化局")!.Years.ShouldBe([2023, 2024]);

        // 济宁市 has a 市中区 too: the short name fits both and joins neither
        var two = AgencyDirectory.Build(Samples.Append(Named("市中区工业和信息化局", 2023)).Append(Named("济宁市市中区工业和信息化局", 2022)));
        var alone = two.Find("市中区·工业和信息化局").ShouldNotBeNull();
        alone.Years.ShouldBe([2023]);
        alone.Evidence.ShouldContain(e => e.Rule == AgencyRules.Ambiguous);
    }

    [Fact]
    public void A_department_short_name_joins_its_full_name_by_abbreviation()
    {
        var directory = AgencyDirectory.Build(Samples.Append(Named("枣庄市市中区工信局", 2022)));
        var agency = directory.Find("枣庄市·市中区·工信局").ShouldNotBeNull();
        agency.Key.ShouldBe("枣庄市·市中区·工业和信息化局");
        agency.Evidence.ShouldContain(e => e.Rule == AgencyRules.Abbreviation);
    }

    [Fact]
    public void A_government_and_a_department_of_the_same_district_never_merge()
    {
        var directory = AgencyDirectory.Build(Samples.Append(Named("淮安市洪泽区市场监督管理局", 2022)));
        var market = directory.Find("淮安市·洪泽区·市场监督管理局").ShouldNotBeNull();
        var government = directory.Find("淮安市·洪泽区·政府").ShouldNotBeNull();
        market.ShouldNotBe(government);

        var (plan, refusal) = directory.PlanMerge(government.Key, market.Key, At);
        plan.ShouldBeNull();
        refusal.ShouldNotBeNull().Reason.ShouldContain("different agencies");

        // two agencies with a report of the same year are two agencies
        var (sameYear, why) = directory.PlanMerge("淮安市·洪泽区·政府", "淮安市·政府", At);
        sameYear.ShouldBeNull();
        why!.Reason.ShouldContain("2024");
    }

    [Fact]
    public void Merges_and_splits_are_persisted_and_replayed_after_a_restart()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("agencies-").FullName;
        try
        {
            var store = new AgencyOverrideStore(Path.Combine(folder, "agency-overrides.json"));
            var reports = Samples.Append(Named("道县文化和旅游局", 2021)).ToList();
            var before = AgencyDirectory.Build(reports, store.Load());
            before.Find("道县·文化和旅游局").ShouldNotBe(before.Find("道县·文广新局"));

            // a person knows 文广新局 became 文化和旅游局: merge (allowed: same kind, same place, no common year)
            var (merge, refusal) = before.PlanMerge("道县·文广新局", "道县·文化和旅游局", At, "2019 reform");
            refusal.ShouldBeNull();
            store.Append(merge!);

            var restarted = AgencyDirectory.Build(reports, new AgencyOverrideStore(store.Path).Load());
            var merged = restarted.Find("道县·文化和旅游局").ShouldNotBeNull();
            merged.ShouldBe(restarted.Find("道县·文广新局"));
            merged.Years.ShouldBe([2013, 2021]);
            merged.Evidence.ShouldContain(e => e.Rule == AgencyRules.PersonMerge);

            // split 洪泽区人民政府 (2023) from 淮安市洪泽区人民政府 (2024)? They normalise to one key: refused.
            restarted.PlanSplit("淮安市·洪泽区·政府", ["洪泽区人民政府"], At).Refusal.ShouldNotBeNull();
            // split the merged names again
            var (split, splitRefusal) = restarted.PlanSplit(merged.Key, ["道县文化和旅游局"], At);
            splitRefusal.ShouldBeNull();
            store.Append(split!);
            var again = AgencyDirectory.Build(reports, new AgencyOverrideStore(store.Path).Load());
            again.Find("道县·文化和旅游局").ShouldNotBe(again.Find("道县·文广新局"));
            again.Find("道县·文化和旅游局")!.Years.ShouldBe([2021]);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_split_keeps_a_rule_from_joining_the_names_again()
    {
        var reports = Samples.Append(Named("洪泽区政府", 2022)).ToList();
        var joined = AgencyDirectory.Build(reports);
        var (split, _) = joined.PlanSplit("淮安市·洪泽区·政府", ["洪泽区政府"], At);
        var apart = AgencyDirectory.Build(reports, [split!]);
        apart.Find("洪泽区·政府")!.Years.ShouldBe([2022]);
        apart.Find("淮安市·洪泽区·政府")!.Years.ShouldBe([2023, 2024]);
        apart.Find("洪泽区·政府")!.Evidence.ShouldContain(e => e.Rule == AgencyRules.Refused && e.Detail.Contains("split"));
    }

    [Fact]
    public void An_unreadable_overrides_file_is_an_error_not_an_empty_log()
    {
        var path = Path.Combine(System.IO.Directory.CreateTempSubdirectory("agencies-").FullName, "agency-overrides.json");
        File.WriteAllText(path, "{ \"overrides\": [ { \"action\": \"merge\", ");
        var error = Should.Throw<InvalidDataException>(() => new AgencyOverrideStore(path).Load());
        error.Message.ShouldContain(path);
        File.ReadAllText(path).ShouldStartWith("{ \"overrides\"");
        System.IO.Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
