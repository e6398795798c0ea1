using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.AspNetCore.Http;
using Shouldly;
using Xunit.Abstractions;

namespace SearchMining.Api.Tests.Fuzz;

/// <summary>
/// 10,000 random requests to /api/search: queries built from the query language's pieces (words, operators, quotes,
/// brackets, field clauses, ranges) mixed with huge terms, control characters, emoji, other scripts and broken
/// percent-encoding, plus random values of the other parameters. Zero 5xx; every 4xx a ProblemDetails; every 200 JSON.
/// </summary>
public sealed class SearchFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const int Requests = 10_000;
    private readonly SmallCorpusFactory _factory = new();
    private readonly Dictionary<int, int> _statuses = [];
    private readonly Lock _gate = new();

    private static readonly Gen<string> Piece = Gen.Frequency(
        (24, Gen.OneOf("政府信息公开", "培训", "政策解读", "依申请公开", "政务新媒体", "微信公众号", "洪泽", "淮安市", "下一步", "公开", "年度报告", "平潭", "信息", "五")),
        (6, Gen.OneOf("AND", "OR", "NOT", "-", "+", "&&", "||", "!", "and", "or", "not")),
        (4, Gen.OneOf("\"", "'", "“", "”", "「", "」")),
        (4, Gen.OneOf("(", ")", "[", "]", "{", "}", "（", "）")),
        (6, Gen.OneOf("agency:", "region:", "level:", "year:", "section:", "theme:", "kind:", "foo:", ":", "agency:淮安", "level:county", "level:nowhere",
            "year:2023", "year:2019..2023", "year:2023..2019", "year:..2020", "year:[2019 TO 2023]", "year:abc", "year:99999999999", "section:problems",
            "section:五", "section:十", "theme:training", "theme:nosuch", "kind:measure", "kind:x", "region:洪泽区")),
        (3, Gen.OneOf("*", "?", "~", "~2", "~99999", "^3", "\\", "/", "政务*", "*公开", "\"政策 解读\"~3")),
        (1, Gen.OneOf(new string('政', 3000), new string('a', 600), string.Concat(Enumerable.Repeat("培训 OR ", 200)))),
        (3, Gen.Char['\0', '\u001f'].Select(c => c.ToString())),
        (3, Gen.OneOf("😀", "🇨🇳", "👨‍👩‍👧", "\uD800", "\uDC00x", "\uFFFF", "\u200B", "\u202E")),
        (3, Gen.OneOf("Ελληνικά", "русский", "العربية", "日本語のテキスト", "한국어", "ﬁ", "Ａ全角", "ǅ", "𠀀")),
        (2, Gen.String[0, 12]));

    private static readonly Gen<string> Query = Gen.Select(Piece.Array[0, 8], Gen.OneOf(" ", "", "\u3000", "\t", "  "), (pieces, separator) => string.Join(separator, pieces));

    /// <summary>Encodings of a value as it could arrive: proper, raw, or with broken escapes spliced in.</summary>
    private static readonly Gen<Func<string, string>> Encoding_ = Gen.Frequency(
        (6, Gen.Const<Func<string, string>>(Encode)),
        (1, Gen.Const<Func<string, string>>(v => v)),
        (3, Gen.Select(Gen.OneOf("%", "%G", "%zz", "%E4%B8", "%FF", "%00", "%%", "+", "&", "=", "#", "%2", "%C0%AF", "%ED%A0%80"), Gen.Int[0, 100],
            (broken, at) => (Func<string, string>)(v => { var e = Encode(v); var i = e.Length == 0 ? 0 : at % (e.Length + 1); return e[..i] + broken + e[i..]; }))));

    private static readonly Gen<(string Name, string Value)> Parameter = Gen.OneOf(
        Named("size", Gen.OneOf("-1", "0", "1", "5", "100", "101", "abc", "", "1e3", "99999999999")),
        Named("year", Gen.OneOf("2023", "2019..2023", "..", "abc", "99999", "2023..2019", "..2020", "2020..", "2019..2020..2021")),
        Named("sort", Gen.OneOf("relevance", "year", "date", "x", "")),
        Named("group", Gen.OneOf("report", "section", "x")),
        Named("cursor", Gen.OneOf("", "garbage", "eyJ4IjoxfQ", "AAAA", new string('A', 400), "%%")),
        Named("agency", Piece), Named("region", Piece), Named("section", Piece),
        Named("level", Gen.OneOf("county", "city", "x", "county,city")),
        Named("theme", Gen.OneOf("training", "nosuch", "training,channels", "")),
        Named("kind", Gen.OneOf("measure", "problem", "x")));

    private static readonly Gen<string> RawQueryString = Gen.Select(Query, Encoding_, Parameter.Array[0, 3],
        (q, encode, parameters) => parameters.Aggregate("?q=" + encode(q), (raw, p) => raw + "&" + p.Name + "=" + Encode(p.Value)));

    private static Gen<(string, string)> Named(string name, Gen<string> values) => values.Select(v => (name, v));

    private static string Encode(string value)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
            sb.Append(char.IsAsciiLetterOrDigit((char)b) ? ((char)b).ToString() : $"%{b:X2}");
        return sb.ToString();
    }

    public async Task InitializeAsync()
    {
        using var client = _factory.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("ingestion").GetProperty("state").GetString() != "Completed")
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the small corpus was not ingested");
            await Task.Delay(50);
        }
    }

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    [Fact]
    public async Task Ten_thousand_random_searches_give_no_5xx_and_every_4xx_is_a_problem_details()
    {
        await RawQueryString.SampleAsync(async raw =>
        {
            var context = await _factory.Server.SendAsync(c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = "/api/search";
                c.Request.QueryString = new QueryString(raw);
            });
            var status = context.Response.StatusCode;
            lock (_gate) _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
            status.ShouldBeLessThan(500, raw);
            using var body = JsonDocument.Parse(context.Response.Body);
            if (status >= 400)
            {
                context.Response.ContentType.ShouldStartWith("application/problem+json", customMessage: raw);
                body.RootElement.GetProperty("status").GetInt32().ShouldBe(status, raw);
                body.RootElement.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace(raw);
            }
            else
            {
                status.ShouldBe(200, raw);
                body.RootElement.GetProperty("hits").ValueKind.ShouldBe(JsonValueKind.Array, raw);
            }
        }, iter: Requests, threads: 2);
        output.WriteLine(string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        _statuses.Values.Sum().ShouldBe(Requests);
        _statuses.Keys.ShouldContain(200);
        _statuses.Keys.ShouldContain(400);
    }
}
