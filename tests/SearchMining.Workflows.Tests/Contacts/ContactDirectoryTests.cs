using SearchMining.Workflows.Contacts;
using SearchMining.Workflows.Tests.Fixtures;
using Shouldly;

namespace SearchMining.Workflows.Tests.Contacts;

[Collection(SampleCorpusCollection.Name)]
public sealed class ContactDirectoryTests(SampleCorpusFixture fixture)
{
    private const string Hongze = "淮安市洪泽区人民政府";

    [Fact]
    public void An_agency_lists_each_detail_with_the_years_its_reports_give_it()
    {
        var directory = fixture.Workflows.Contacts();
        var digests = fixture.Corpus.Reports.ViewRows();
        directory.Count.ShouldBe(digests.Where(r => r.Contact is not null && r.Agency is not null).Select(r => r.Agency).Distinct().Count());

        var hongze = directory.Single(a => a.Agency == Hongze);
        var reports = digests.Where(r => r.Agency == Hongze).ToList();
        hongze.Years.ShouldBe(reports.Select(r => r.Year!.Value).Order());
        foreach (var value in hongze.Values)
        {
            var giving = reports.Where(r => ContactKinds.ValuesOf(r.Contact!, value.Kind).Any(v => ContactKinds.Normalize(value.Kind, v) == ContactKinds.Normalize(value.Kind, value.Value))).ToList();
            value.Years.ShouldBe(giving.Select(r => r.Year!.Value).Order().ToList(), value.Kind + " " + value.Value);
            value.ReportIds.ShouldBe(giving.Select(r => r.Id), ignoreOrder: true);
            value.Current.ShouldBe(value.LastYear == hongze.Years[^1]);
        }
        // The postcode (223100) is given in both years.
        hongze.Values.Single(v => v.Kind == ContactKinds.Postcode).Years.ShouldBe([2023, 2024]);
    }

    [Fact]
    public void A_phone_that_changed_between_two_years_is_marked_in_the_later_year()
    {
        var hongze = fixture.Workflows.Contacts().Single(a => a.Agency == Hongze);
        var phones = hongze.Values.Where(v => v.Kind == ContactKinds.Phone).ToList();
        phones.Select(p => ContactKinds.Normalize(ContactKinds.Phone, p.Value)).ShouldBe(["051787290606", "051787222589"]);
        phones[0].Years.ShouldBe([2024]);
        phones[0].Current.ShouldBeTrue();
        phones[1].Years.ShouldBe([2023]);
        phones[1].Current.ShouldBeFalse();

        var change = hongze.Changes.Single(c => c.Kind == ContactKinds.Phone);
        (change.PreviousYear, change.Year).ShouldBe((2023, 2024));
        change.Before.Single().ShouldContain("87222589");
        change.After.Single().ShouldContain("87290606");
        hongze.Changes.ShouldNotContain(c => c.Kind == ContactKinds.Postcode);
        // The 2024 report gives no e-mail: a detail that is only missing is no change.
        hongze.Changes.ShouldNotContain(c => c.Kind == ContactKinds.Email);
    }

    [Fact]
    public async Task The_directory_is_searchable_by_name_region_and_digits_and_exports_as_csv()
    {
        var directory = fixture.Workflows.Contacts();
        ContactDirectory.Find(directory, new ContactQuery(Text: "0517 8729")).Select(a => a.Agency).ShouldBe([Hongze]);
        var byPhone = ContactDirectory.Find(directory, new ContactQuery(Text: "87290606")).Single();
        byPhone.Values.ShouldAllBe(v => v.Kind == ContactKinds.Phone);
        ContactDirectory.Find(directory, new ContactQuery(Region: "淮安")).ShouldAllBe(a => a.Region.City == "淮安市");
        ContactDirectory.Find(directory, new ContactQuery(Kind: ContactKinds.Email)).ShouldAllBe(a => a.Values.All(v => v.Kind == ContactKinds.Email));
        var changed = ContactDirectory.Find(directory, new ContactQuery(ChangedOnly: true));
        changed.ShouldContain(a => a.Agency == Hongze);
        changed.ShouldAllBe(a => a.Changed);

        var csv = new StringWriter();
        await ContactCsvWriter.WriteAsync(csv, ContactDirectory.Find(directory, new ContactQuery(Agency: "洪泽")));
        var rows = csv.ToString().TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldBe(string.Join(',', ContactCsvWriter.Columns));
        rows.Length.ShouldBe(1 + directory.Single(a => a.Agency == Hongze).Values.Count);
        rows.ShouldContain(r => r.Contains(",phone,") && r.Contains("87290606") && r.Contains(",2024,2024,2024,yes,2024,"));
    }
}
