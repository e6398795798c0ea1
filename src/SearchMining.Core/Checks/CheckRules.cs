using SearchMining.Core.Checks.Deadline;
using SearchMining.Core.Checks.Form;
using SearchMining.Core.Checks.Substance;
using SearchMining.Core.Checks.Tables;
using SearchMining.Core.Checks.Text;
using SearchMining.Core.Checks.Years;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks;

/// <summary>Every rule: id, category, title and its legal or arithmetic basis (shown by the CLI, the Api and docs/CHECKS.md).</summary>
public static class CheckRules
{
    public static IReadOnlyList<CheckRule> All { get; } =
    [
        new(ApplicationResultTotalCheck.Rule, CheckCategory.Table, "表三 办理结果合计",
            "国办公开办函〔2021〕30号 表三: 每列（七）总计 = 予以公开 + 部分公开 + Σ不予公开 + Σ无法提供 + Σ不予处理 + Σ其他处理"),
        new(ApplicationBalanceCheck.Rule, CheckCategory.Table, "表三 收支平衡",
            "表三注: 本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和（新收 + 上年结转 = 办理结果总计 + 结转下年度）"),
        new(ApplicationRowTotalCheck.Rule, CheckCategory.Table, "表三 各行合计",
            "表三: 每行 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他"),
        new(ReviewLitigationTotalCheck.Rule, CheckCategory.Table, "表四 各类合计",
            "表四: 行政复议、未经复议直接起诉、复议后起诉 各自 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结"),
        new(ApplicationsTextCheck.Rule, CheckCategory.Text, "正文申请数与表三",
            "正文所述收到（= 新收，或 = 新收 + 上年结转）、答复、结转下年度的申请数及申请人构成与表三对应单元格一致"),
        new(ReviewLitigationTextCheck.Rule, CheckCategory.Text, "正文复议诉讼数与表四",
            "正文所述行政复议、行政诉讼件数与表四总计一致"),
        new(ProactiveTextCheck.Rule, CheckCategory.Text, "正文主动公开总数",
            "正文多处给出的本年主动公开总条数应一致（表格无对应单元格）"),
        new(FeesCheck.Rule, CheckCategory.Text, "信息处理费",
            "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）; 第六部分收费说法前后一致，未发出收费通知与表三（六）2 一致，有收费则有办理"),
        new(CarryOverCheck.Rule, CheckCategory.Years, "上年结转衔接",
            "本年表三 上年结转 = 上一年报告 结转下年度继续办理（逐列）", NeedsPrevious: true),
        new(InForceContinuityCheck.Rule, CheckCategory.Years, "现行有效件数衔接",
            "表二 规章/行政规范性文件: 现行有效 = 上年现行有效 + 本年制发 − 本年废止（少于此数可能因到期失效，存疑）", NeedsPrevious: true),
        new(ProblemsReuseCheck.Rule, CheckCategory.Years, "第五部分与上年重复",
            "条例第五十条第（四）项 要求报告当年存在的主要问题及改进情况; 与上年报告大段重复说明未如实反映本年情况", NeedsPrevious: true),
        new(SectionsCheck.Rule, CheckCategory.Form, "六个部分齐全有序",
            "条例第五十条、国办公开办函〔2021〕30号 年度报告格式: 一 总体情况 … 六 其他需要报告的事项（2019 年前: 2007 条例第三十二条所列内容）"),
        new(RequiredRowsCheck.Rule, CheckCategory.Form, "表格必备行",
            "国办公开办函〔2021〕30号（2019 年度: 〔2019〕60号）表二、表三、表四的固定行"),
        new(TableCellsCheck.Rule, CheckCategory.Form, "空白、“/”、“-”与 0",
            "格式要求每格填写数字; 空白、“/”、“-”、0 分别计数，空白超过上限即不合格"),
        new(ProblemsPresentCheck.Rule, CheckCategory.Form, "第五部分有实质内容",
            "条例第五十条第（四）项: 第五部分不得为空、仅写“无”或过短"),
        new(DeadlineCheck.Rule, CheckCategory.Deadline, "发布时限",
            "条例第四十九条: 县级以上人民政府部门每年1月31日前、县级以上地方人民政府每年3月31日前公布上一年度报告（2019 年前: 3月31日前）"),
        new(SpecificityCheck.Rule, CheckCategory.Substance, "第五部分具体性",
            "具体问题（数字、时间、具名文件或平台、具体差错）与笼统表述（有待加强、存在差距……）之比"),
    ];

    public static CheckRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
