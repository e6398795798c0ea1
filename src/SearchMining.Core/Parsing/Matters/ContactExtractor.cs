using System.Text.RegularExpressions;
using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Matters;

/// <summary>
/// Contact details as reports write them (地址：…，邮编：…，电话：…，电子邮箱：…; 电话/传真; a website in brackets).
/// Works on the text with all whitespace removed, so PDF-spaced labels (邮 编 ：) and wrapped numbers are read too.
/// </summary>
public static partial class ContactExtractor
{
    [GeneratedRegex(@"(?:联系)?地址[:：](?<v>[^，,；;。）)：:]{4,60}?)(?=[，,；;。）)]|邮编|邮政编码|电话|$)")]
    private static partial Regex Address();

    [GeneratedRegex(@"(?:邮编|邮政编码)[:：]?(?<v>\d{6})(?!\d)")]
    private static partial Regex Postcode();

    /// <summary>
    /// One phone number as written: an optional area code (0591-, 0591—, 0631―, (0591)) and 7–8 digits with their extension kept
    /// (65911166-6509, 65911166转6509, 62748577×1751: one to five digits, the number the reader dials), or a mobile number.
    /// The separator may be written twice (0827--3101848, 0591——22987340: h1624).
    /// </summary>
    private const string Number = @"(?:[（(]?0\d{2,3}[)）]?[-—–－―]{0,2})?\d{7,8}(?:(?:[-—–－―×]|转|分机)\d{1,5}(?!\d))?(?!\d)|1[3-9]\d{9}(?!\d)";

    // a 传真电话 label is the fax's (传真电话:0591-…), not a voice number; a stray comma after the label is a stored page's
    // empty field (电话:,0432-62421057,: h514); after 联系人及电话 the person's name comes first (何小磊0871-65301787: h1611)
    [GeneratedRegex(@"(?<label>(?<!传真)(?:联系|咨询|办公|服务)?(?:电话|电(?=[:：]))(?:号码)?(?:/传真|和传真|及传真|、传真|[（(]传真[)）])?|热线)(?:联系)?(?:[:：]|为|是)?[,，]?(?:(?<=联系人[及和、/]?(?:联系)?电话[:：]?)[\u4E00-\u9FFF]{2,4}(?=[（(]?\d))?(?<v>(?:" + Number + @"|12345)(?:[、,，/或和;；](?:" + Number + @"))*)")]
    private static partial Regex Phone();

    /// <summary>
    /// Numbers given after a contact cue without a 电话 label: 请联系:86552285, 获取本报告联系方式:0872-6343096,
    /// 请联系:连平县人民政府办公室(4332240、4327511) — the office's name in between, no sentence end or other digits; or
    /// the number in brackets right after 联系 (请与抚州市生态环境局联系(0794-8233688): h745).
    /// </summary>
    [GeneratedRegex(@"(?:联系方式|请联系|可联系|请致电|可致电|联系(?=[（(]))[:：]?[^。；;，,\d:：]{0,30}?[（(]?(?<v>(?:" + Number + @")(?:[、,，/或和](?:" + Number + @"))*)")]
    private static partial Regex ContactCue();

    /// <summary>A fax mark right after a number: (传真), （传真）.</summary>
    [GeneratedRegex(@"^[（(]传真[)）]")]
    private static partial Regex FaxMark();

    /// <summary>A sentence that asks the reader to get in touch (如对本报告有任何疑问，请…联系; 咨询; 查询).</summary>
    [GeneratedRegex("联系|咨询|疑问|查询|垂询")]
    private static partial Regex ContactSentence();

    /// <summary>
    /// Contacts as <see cref="Extract"/> gives them; when those texts give no phone, the numbers of a contact sentence
    /// anywhere in <paramref name="whole"/> (an older report that writes its contacts inside a later section or after the last).
    /// </summary>
    public static ContactInfo? ExtractWithin(string whole, params string?[] texts)
    {
        var found = Extract(texts);
        if (found is { Phones.Count: > 0 }) return found;
        var phones = new List<string>();
        foreach (var sentence in SentenceEnd().Split(FullWidthDigits(Compact(whole))))
        {
            if (!ContactSentence().IsMatch(sentence)) continue;
            foreach (Match m in Phone().Matches(sentence))
                foreach (var number in PhoneShape().Matches(m.Groups["v"].Value).Select(x => x.Value))
                    if (!phones.Contains(number)) phones.Add(number);
        }
        if (phones.Count == 0) return found;
        return found is null ? new ContactInfo { Phones = phones, Emails = [] } : found with { Phones = phones };
    }

    [GeneratedRegex("[。！？]")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"传真(?:号码|电话)?[:：](?<v>" + Number + ")")]
    private static partial Regex Fax();

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9._%+-]*[@＠][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"https?://[A-Za-z0-9./_?=&%#:-]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9./_?=&%#-]*)?")]
    private static partial Regex Website();

    [GeneratedRegex(@"(?:可|请)与(?<v>[^，,。；;（(]{3,40}?)联系")]
    private static partial Regex Office();

    [GeneratedRegex(Number)]
    private static partial Regex PhoneShape();

    /// <summary>
    /// The text without whitespace (PDF-spaced labels, wrapped numbers), except that two whole numbers a space separates
    /// (电话:87633910 87629486: h343) keep a separator — no wrapped number has seven digits on both sides of its break.
    /// </summary>
    private static string Compact(string text) => Regex.Replace(SpacedNumbers().Replace(text, "$1、"), @"\s+", "");

    [GeneratedRegex(@"(?<!\d)(\d{7,8})[ \t\u3000]+(?=\d{7,8}(?!\d))")]
    private static partial Regex SpacedNumbers();

    /// <summary>０５９１ → 0591 (full-width digits of some pages), one character for one.</summary>
    private static string FullWidthDigits(string text) =>
        text.Any(c => c is >= '０' and <= '９') ? string.Concat(text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c)) : text;

    /// <summary>Contacts from the given texts, in order of preference (preamble, then the last section); null when none are stated.</summary>
    public static ContactInfo? Extract(params string?[] texts)
    {
        string? office = null, address = null, postcode = null, fax = null, website = null;
        var phones = new List<string>();
        var emails = new List<string>();
        foreach (var raw in texts)
        {
            if (string.IsNullOrEmpty(raw)) continue;
            var text = FullWidthDigits(Compact(raw));
            office ??= Office().Match(text) is { Success: true } o ? o.Groups["v"].Value : null;
            address ??= Address().Match(text) is { Success: true } a ? a.Groups["v"].Value : null;
            postcode ??= Postcode().Match(text) is { Success: true } p ? p.Groups["v"].Value : null;
            foreach (Match m in Phone().Matches(text))
            {
                var numbers = PhoneShape().Matches(m.Groups["v"].Value).Select(x => x.Value).ToList();
                // the last of several numbers marked as the fax right after it (电话:87654321、87654322(传真))
                if (numbers.Count > 1 && FaxMark().IsMatch(text.AsSpan(m.Index + m.Length)))
                {
                    fax ??= numbers[^1];
                    numbers.RemoveAt(numbers.Count - 1);
                }
                foreach (var number in numbers)
                {
                    if (!phones.Contains(number)) phones.Add(number);
                    if (m.Groups["label"].Value.Contains("传真")) fax ??= number;
                }
            }
            foreach (Match m in ContactCue().Matches(text))
                foreach (var number in PhoneShape().Matches(m.Groups["v"].Value).Select(x => x.Value))
                    if (!phones.Contains(number)) phones.Add(number);
            fax ??= Fax().Match(text) is { Success: true } f ? f.Groups["v"].Value : null;
            foreach (Match m in Email().Matches(text))
                if (!emails.Contains(m.Value)) emails.Add(m.Value);
            website ??= Website().Matches(text).Select(m => m.Value.TrimEnd('.', '/'))
                .FirstOrDefault(w => !emails.Any(e => e.EndsWith(w, StringComparison.OrdinalIgnoreCase)));
        }
        if (office is null && address is null && postcode is null && phones.Count == 0 && emails.Count == 0 && website is null && fax is null)
            return null;
        return new ContactInfo
        {
            Office = office, Address = address, Postcode = postcode, Phones = phones, Fax = fax, Emails = emails, Website = website,
        };
    }
}
