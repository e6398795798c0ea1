using SearchMining.Mining.Features;
using Shouldly;

namespace SearchMining.Mining.Tests.Features;

public sealed class StatementClausesTests
{
    [Fact]
    public void A_multi_clause_problem_is_cut_at_each_comma_into_its_weaknesses()
    {
        // 038_hongze_quzhengfu_2024.txt: four weaknesses, four themes in the labels
        var clauses = StatementClauses.Split("个别部门对复杂申请件的研判能力不足，答复文书规范性有待提升，疑难问题协调处理机制尚需完善，政策解读的形式还不够丰富，政务新媒体运维管理还需加强等。");
        clauses.ShouldBe(["个别部门对复杂申请件的研判能力不足", "答复文书规范性有待提升", "疑难问题协调处理机制尚需完善", "政策解读的形式还不够丰富", "政务新媒体运维管理还需加强等"]);
    }

    [Fact]
    public void Short_pieces_join_the_next_clause_and_a_single_clause_gives_nothing()
    {
        StatementClauses.Split("同时，加强相关工作人员的培训和教育；提高从业人员政务公开意识和能力。")
            .ShouldBe(["同时加强相关工作人员的培训和教育", "提高从业人员政务公开意识和能力"]);
        StatementClauses.Split("公开存在的主要问题是内容公开不够全面,").ShouldBeEmpty();
        StatementClauses.Split("").ShouldBeEmpty();
    }

    [Fact]
    public void A_short_tail_joins_the_last_clause()
    {
        StatementClauses.Split("加强政策解读工作，丰富解读形式，好。").ShouldBe(["加强政策解读工作", "丰富解读形式好"]);
    }
}
