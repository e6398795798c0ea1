using System.Text.RegularExpressions;

namespace SearchMining.Core.Parsing.Metadata;

/// <summary>
/// The shapes of what a crawled page puts around a report and that is no part of it: site chrome (navigation and
/// breadcrumbs, 无障碍/关怀版, login, weather, search boxes, share and print links, link lists, separator rows) and the
/// betting/video spam that hijacked mirrors inject before the title or into names (新葡京博彩官网区人民政府北京街道办事处).
/// Judged by shape and vocabulary, never by a site's wording: a name is never taken from such a line.
/// </summary>
internal static partial class PageChrome
{
    /// <summary>Words of injected spam (betting, adult video, app downloads); none occurs in a government body's name.</summary>
    private const string SpamWord =
        "新葡京|葡京|澳门|澳門|博彩|赌场|賭場|娱乐场|娛樂場|娱乐城|菠菜|彩票|图库|圖庫|百家乐|百家樂|老虎机|棋牌|真人视讯|登录入口|網頁版|网页版|华体会|華體會|开云|開雲|乐鱼|亚博|威尼斯人|威廉希尔|威廉希爾|无码|無碼|日韩|日韓|成人视频|免费视频|体育直播|[Aa][Pp][Pp]下载|\\bhth\\b";

    [GeneratedRegex("(?:" + SpamWord + ")")]
    private static partial Regex Spam();

    /// <summary>
    /// A spam run: from a spam word over any further spam words close by, with the site word that ends it (…博彩业网址) and its
    /// comma; round 24: a betting brand's country and company words with it (英国威廉希尔公司市统计局, where a mirror put the brand in
    /// place of the city's name, h306 → 市统计局).
    /// </summary>
    [GeneratedRegex("(?:英国|英國)?(?:" + SpamWord + @")(?:[^。；;\n]{0,12}?(?:" + SpamWord + @"))*(?:[一-龥]{0,3}?(?:网址|網址|官网|官網|入口|网页版|平台|推荐|推薦|大全|主页|主頁|公司|集团|集團))?[，,、|_\s]*")]
    private static partial Regex SpamRun();

    /// <summary>
    /// A web address glued before a name, where a hijacked mirror put its own domain in place of the place name
    /// (puroview.com东城街道2012年…): no name holds Latin letters, so the address is no part of the name after it.
    /// </summary>
    [GeneratedRegex(@"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|cc|top|vip|xyz|info|me|tv|co)(?=[一-龥])")]
    private static partial Regex GluedAddress();

    /// <summary>Words of site furniture: accessibility and elderly modes, login, weather, search, site map, share/print/close, font size.</summary>
    [GeneratedRegex(@"无障碍|無障礙|关怀版|關懷版|长辈版|長輩版|适老|適老|登录|登錄|注册|註冊|天气|天氣|搜索|搜尋|网站地图|網站地圖|设为首页|設為首頁|加入收藏|繁體|简体版|English|扫一扫|掃一掃|分享到|打印本页|关闭窗口|關閉窗口|字号|字號|视力保护色|当前位置|當前位置|您的位置|所在位置|所在的位置|首页|首頁|网站首页|返回顶部|版权所有|版權所有|技术支持|网站标识码|ICP备")]
    private static partial Regex ChromeWord();

    /// <summary>Breadcrumb separators: 首页 > 信息公开 > 年报, 首页 >>气象局 >>年报, » › ＞ →.</summary>
    [GeneratedRegex(@"[>»＞›→]")]
    private static partial Regex NavigationSeparator();

    [GeneratedRegex(@"^[\s|｜\-—=_*·•.。,，]+$")]
    private static partial Regex SeparatorRow();

    /// <summary>The text without injected spam runs (澳门特区赌场,澳门博彩业网址交通运输局 → 交通运输局); text without spam is returned as it is.</summary>
    public static string WithoutSpam(string text)
    {
        var cleaned = Spam().IsMatch(text) ? SpamRun().Replace(text, "") : text;
        return GluedAddress().IsMatch(cleaned) ? GluedAddress().Replace(cleaned, "") : cleaned;
    }

    public static bool HasSpam(string text) => Spam().IsMatch(text);

    /// <summary>A navigation line: a breadcrumb (two or more separators, or one after 首页/当前位置).</summary>
    public static bool IsNavigation(string line)
    {
        if (line.Contains('。')) return false; // a sentence that points the way (门户网站→政府信息公开专栏→年报) is no breadcrumb
        var separators = NavigationSeparator().Matches(line).Count;
        return separators >= 2 || (separators == 1 && ChromeWord().IsMatch(line));
    }

    /// <summary>The segments of a breadcrumb between its separators, spaces and bars trimmed (empty ones kept).</summary>
    public static IEnumerable<string> Segments(string line) => NavigationSeparator().Split(line).Select(p => p.Trim(' ', '\u3000', '|', '｜'));

    /// <summary>The last segment of a breadcrumb (often the page's own title), or the line itself.</summary>
    public static string LastSegment(string line) => Segments(line).LastOrDefault(p => p.Length > 0) ?? "";

    /// <summary>
    /// A line that is page furniture, not report text: spam, a breadcrumb, a separator row, a line of site words, or a
    /// link list (three or more short cells with no sentence in them).
    /// </summary>
    public static bool IsChrome(string line)
    {
        var text = line.Trim().Trim('\u3000');
        if (text.Length == 0 || SeparatorRow().IsMatch(text)) return true;
        if ((Spam().IsMatch(text) && !text.Contains('。')) || IsNavigation(text)) return true;
        var names = text.Contains("报告", StringComparison.Ordinal) || text.Contains("報告", StringComparison.Ordinal) || text.Contains("年报", StringComparison.Ordinal);
        if (!names && ChromeWord().IsMatch(text) && !text.Contains('。')) return true;
        return !names && IsLinkList(text);
    }

    /// <summary>Three or more short cells (≤ 6 characters) separated by spaces or bars, nothing else: 中国政府网 黑龙江省政府网 市人大 市政协.</summary>
    private static bool IsLinkList(string text)
    {
        if (text.Contains('。') || text.Contains('，') || text.Contains(',')) return false;
        var cells = text.Split([' ', '\u3000', '|', '｜', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return cells.Length >= 3 && cells.All(c => c.Length <= 6) && cells.Count(c => c.Length >= 2) >= 3;
    }
}
