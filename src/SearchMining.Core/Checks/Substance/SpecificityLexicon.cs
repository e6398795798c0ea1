using System.Text.RegularExpressions;

namespace SearchMining.Core.Checks.Substance;

/// <summary>
/// The phrases that make a sentence of section 五 concrete (a count, a month, a named document, platform or defect) or
/// generic (有待进一步加强, 存在一定差距, 不够深入 …). Written from THEMES.md's cue words and the section-五 texts of the
/// bundled samples (dev); defined once here.
/// </summary>
public static partial class SpecificityLexicon
{
    /// <summary>Counts with a unit, months, named documents (other than the 条例 itself), quoted names, named defects.</summary>
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:%|％|件|条|次|个|项|人次|人|篇|期|场|家|天|小时|个工作日|万|处|批|栏目)|(?<!\d)\d{1,2}\s*月(?:份|底|\d{1,2}日)?|《(?!(?:中华人民共和国)?政府信息公开条例》|条例》)[^》]{2,40}》|“[^”]{2,20}”|错别字|错链|断链|死链|链接失效|无法打开|空白栏目|栏目空白|超期答复|逾期答复|超过法定期限|被纠错|被纠正|败诉|泄露|个人隐私|过期信息|重复发布|发布错误|漏报|漏公开|未按时更新|未及时更新|预决算|财政收支|人事变动|重大项目|规划计划|招投标|征收|拆迁|补贴|救助|安全生产|食品安全|重大行政决策|会议记录|决策依据|评估报告|答复书|答复文书|模板|台账|座谈会|听证会|问卷调查|在线访谈|新闻发布会|图表图解|音频|短视频|公告栏|电子显示屏|村居|老年")]
    public static partial Regex Concrete();

    /// <summary>Phrases that could be written in any report of any year.</summary>
    [GeneratedRegex(@"有待(?:进一步)?(?:加强|提高|提升|完善|增强|改进|优化)|(?:还|仍)?存在(?:一定|一些)?(?:的)?差距|不够(?:深入|全面|及时|到位|丰富|完善|规范|细致|主动|广泛|充分|高|强|精准)|(?:仍|还)需(?:要)?(?:进一步)?(?:加强|提高|提升|完善|改进)|(?:认识|意识|重视程度)(?:还)?(?:不足|不够|不强|有待)|(?:业务|专业)(?:水平|能力|素质)(?:还)?(?:有待|不高|不强|参差不齐)|(?:力度|深度|广度|精准度)(?:还)?(?:不够|不足|有待)|形式(?:较为|比较)?(?:单一|单调)|与[^。；]{0,8}(?:期待|期望|要求|需求)[^。；]{0,6}差距|(?:积极性|主动性)不(?:够|足|高)|(?:机制|制度)(?:还)?(?:不够|有待)(?:健全|完善)|进一步(?:加强|提升|提高|完善|规范|深化|加大|增强|扩大|优化)|不断(?:提高|提升|增强|完善)")]
    public static partial Regex Generic();
}
