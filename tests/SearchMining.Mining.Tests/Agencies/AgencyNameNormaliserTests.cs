using SearchMining.Mining.Agencies;
using Shouldly;

namespace SearchMining.Mining.Tests.Agencies;

public sealed class AgencyNameNormaliserTests
{
    [Theory]
    // names as the real reports write them (samples/reports, their SOURCES.tsv) and the forms the issue names
    [InlineData("枣庄市市中区工业和信息化局", "枣庄市·市中区·工业和信息化局")]
    [InlineData("市中区工业和信息化局", "市中区·工业和信息化局")]
    [InlineData("淮安市洪泽区人民政府（区政府办公室编制）", "淮安市·洪泽区·政府")]
    [InlineData("洪泽区政府", "洪泽区·政府")]
    [InlineData("平潭综合实验区", "平潭综合实验区·政府")]
    [InlineData("平潭综合实验区管委会办公室", "平潭综合实验区·政府")]
    [InlineData("平潭综合实验区管理委员会", "平潭综合实验区·政府")]
    [InlineData("淮安市人民政府（市政府办公室编制）", "淮安市·政府")]
    [InlineData("淮安市洪泽区市场监督管理局", "淮安市·洪泽区·市场监督管理局")]
    [InlineData("赣县区工业和信息化局", "赣县区·工业和信息化局")]
    [InlineData("道县文广新局", "道县·文广新局")]
    [InlineData("上海市人民政府办公厅", "上海市·人民政府办公厅")]
    [InlineData("枣庄市市中区矿区街道办事处", "枣庄市·市中区·矿区街道")]
    [InlineData("官洲街道", "官洲街道")]
    [InlineData("三亚市海棠区人民政府", "三亚市·海棠区·政府")]
    [InlineData("西藏自治區人民政府", "西藏自治区·政府")]
    public void Names_reduce_to_places_and_a_canonical_body(string written, string key) =>
        AgencyNameNormaliser.Normalise(written).Key.ShouldBe(key);

    [Fact]
    public void Each_rule_applied_is_recorded_with_the_text_before_and_after()
    {
        var name = AgencyNameNormaliser.Normalise("平潭综合实验区（管委会办公室，全区汇总）");
        name.Steps.Select(s => s.Rule).ShouldBe([AgencyRules.NoteRemoved, AgencyRules.BarePlace]);
        name.Steps[0].After.ShouldBe("平潭综合实验区");

        AgencyNameNormaliser.Normalise("洪泽区政府").Steps.Single().Rule.ShouldBe(AgencyRules.GovernmentShort);
        AgencyNameNormaliser.Normalise("平潭综合实验区管委会办公室").Steps.Single().Rule.ShouldBe(AgencyRules.Committee);
        AgencyNameNormaliser.Normalise("官洲街道").Steps.Single().Rule.ShouldBe(AgencyRules.Township);
        AgencyNameNormaliser.Normalise("淮安市洪泽区人民政府").Steps.ShouldBeEmpty();
    }

    [Fact]
    public void Kinds_tell_a_government_from_its_departments_and_townships()
    {
        AgencyNameNormaliser.Normalise("洪泽区人民政府").Kind.ShouldBe(AgencyKind.Government);
        AgencyNameNormaliser.Normalise("洪泽区市场监督管理局").Kind.ShouldBe(AgencyKind.Department);
        AgencyNameNormaliser.Normalise("洪泽区人民政府办公室").Kind.ShouldBe(AgencyKind.Department);
        AgencyNameNormaliser.Normalise("南薰乡").Kind.ShouldBe(AgencyKind.Township);
    }
}
