using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.AspNetCore.Http;
using Shouldly;
using Xunit.Abstractions;

namespace SearchMining.Api.Tests.Fuzz;

/// <summary>
/// Random requests to /api/search over these input classes: queries built from the query language's pieces (words,
/// operators, quotes, brackets, field clauses, ranges) mixed with huge terms, control characters, emoji, other scripts and
/// broken percent-encoding, plus random values of the other parameters. First every value of every class once (each piece
/// as the query, encoded and raw, inside words and as a filter value; each broken escape; each parameter value), then a
/// seeded stream of random mixes of them. Zero 5xx; every 4xx a ProblemDetails; every 200 JSON.
/// (Until the thirteenth wave: 10,000 unseeded random mixes, ~43 s; now <see cref="Requests"/> = 2,000, every value sure to come.)
/// </summary>
public sealed class SearchFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const int Requests = 2_000;
    private const ulong Seed = 20_261_201;
    private readonly SmallCorpusFactory _factory = new();
    private readonly Dictionary<int, int> _statuses = [];
    private readonly Lock _gate = new();

    /// <summary>The query's pieces by class, with each class's weight in the random mixes.</summary>
    internal static readonly (int Weight, string[] Values)[] PieceClasses =
    [
        (24, ["政府信息公开", "培训", "政策解读", "依申请公开", "政务新媒体", "微信公众号", "洪泽", "淮安市", "下一步", "公开", "年度报告", "平潭", "信息", "五"]),
        (6, ["AND", "OR", "NOT", "-", "+", "&&", "||", "!", "and", "or", "not"]),
        (4, ["\"", "'", "“", "”", "「", "」"]),
        (4, ["(", ")", "[", "]", "{", "}", "（", "）"]),
        (6, ["agency:", "region:", "level:", "year:", "section:", "theme:", "kind:", "foo:", ":", "agency:淮安", "level:county", "level:nowhere",
            "year:2023", "year:2019..2023", "year:2023..2019", "year:..2020", "year:[2019 TO 2023]", "year:abc", "year:99999999999", "section:problems",
            "section:五", "section:十", "theme:training", "theme:nosuch", "kind:measure", "kind:x", "region:洪泽区"]),
        (3, ["*", "?", "~", "~2", "~99999", "^3", "\\", "/", "政务*", "*公开", "\"政策 解读\"~3"]),
        (1, [new string('政', 3000), new string('a', 600), string.Concat(Enumerable.Repeat("培训 OR ", 200))]),
        (3, [.. Enumerable.Range(0, 0x20).Select(c => ((char)c).ToString())]),
        (3, ["😀", "🇨🇳", "👨‍👩‍👧", "\uD800", "\uDC00x", "\uFFFF", "\u200B", "\u202E"]),
        (3, ["Ελληνικά", "русский", "العربية", "日本語のテキスト", "한국어", "ﬁ", "Ａ全角", "ǅ", "𠀀"]),
    ];

    /// <summary>Escapes spliced into an encoded value.</summary>
    internal static readonly string[] BrokenEscapes = ["%", "%G", "%zz", "%E4%B8", "%FF", "%00", "%%", "+", "&", "=", "#", "%2", "%C0%AF", "%ED%A0%80"];

    /// <summary>The other parameters' values (agency, region and section take pieces).</summary>
    internal static readonly (string Name, string[] Values)[] ParameterValues =
    [
        ("size", ["-1", "0", "1", "5", "100", "101", "abc", "", "1e3", "99999999999"]),
        ("year", ["2023", "2019..2023", "..", "abc", "99999", "2023..2019", "..2020", "2020..", "2019..2020..2021"]),
        ("sort", ["relevance", "year", "date", "x", ""]),
        ("group", ["report", "section", "x"]),
        ("cursor", ["", "garbage", "eyJ4IjoxfQ", "AAAA", new string('A', 400), "%%"]),
        ("level", ["county", "city", "x", "county,city"]),
        ("theme", ["training", "nosuch", "training,channels", ""]),
        ("kind", ["measure", "problem", "x"]),
    ];

    private static readonly string[] PieceParameters = ["agency", "region", "section"];

    private static readonly Gen<string> Piece = Gen.Frequency<string>(
        [.. PieceClasses.Select(c => (c.Weight, Gen.OneOf(c.Values))), (2, Gen.String[0, 12])]);

    private static readonly Gen<string> Query = Gen.Select(Piece.Array[0, 8], Gen.OneOf(" ", "", "\u3000", "\t", "  "), (pieces, separator) => string.Join(separator, pieces));

    /// <summary>Encodings of a value as it could arrive: proper, raw, or with broken escapes spliced in.</summary>
    private static readonly Gen<Func<string, string>> Encoding_ = Gen.Frequency(
        (6, Gen.Const<Func<string, string>>(Encode)),
        (1, Gen.Const<Func<string, string>>(v => v)),
        (3, Gen.Select(Gen.OneOf(BrokenEscapes), Gen.Int[0, 100], (broken, at) => (Func<string, string>)(v => Spliced(v, broken, at)))));

    private static readonly Gen<(string Name, string Value)> Parameter = Gen.OneOf<(string Name, string Value)>(
        [.. ParameterValues.Select(p => Gen.OneOf(p.Values).Select(v => (p.Name, v))), .. PieceParameters.Select(name => Piece.Select(v => (name, v)))]);

    private static readonly Gen<string> RawQueryString = Gen.Select(Query, Encoding_, Parameter.Array[0, 3],
        (q, encode, parameters) => parameters.Aggregate("?q=" + encode(q), (raw, p) => raw + "&" + p.Name + "=" + Encode(p.Value)));

    internal static string Encode(string value)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
            sb.Append(char.IsAsciiLetterOrDigit((char)b) ? ((char)b).ToString() : $"%{b:X2}");
        return sb.ToString();
    }

    private static string Spliced(string value, string broken, int at)
    {
        var e = Encode(value);
        var i = e.Length == 0 ? 0 : at % (e.Length + 1);
        return e[..i] + broken + e[i..];
    }

    /// <summary>Every value of every class at least once, in the places it can take.</summary>
    internal static List<string> EveryValueOnce()
    {
        var requests = new List<string>();
        var pieces = PieceClasses.SelectMany(c => c.Values).ToList();
        for (var i = 0; i < pieces.Count; i++)
        {
            requests.Add("?q=" + Encode(pieces[i]));
            requests.Add("?q=" + pieces[i]); // raw, as a client that does not encode sends it
            requests.Add("?q=" + Encode("培训 " + pieces[i] + "政策解读"));
            requests.Add("?q=" + Encode("政策解读") + "&" + PieceParameters[i % PieceParameters.Length] + "=" + Encode(pieces[i]));
        }
        foreach (var broken in BrokenEscapes)
        {
            requests.Add("?q=" + broken);
            requests.Add("?q=" + Spliced("政策解读", broken, 5)); // inside a character's escapes
        }
        foreach (var (name, values) in ParameterValues)
            requests.AddRange(values.Select(v => "?q=" + Encode("政策解读") + "&" + name + "=" + Encode(v)));
        return requests;
    }

    /// <summary><see cref="EveryValueOnce"/>, then the seeded random mixes up to <see cref="Requests"/>.</summary>
    internal static List<string> AllRequests()
    {
        var requests = EveryValueOnce();
        var pcg = new PCG(1, Seed);
        while (requests.Count < Requests) requests.Add(RawQueryString.Generate(pcg, null!, out _));
        return requests;
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
    public async Task Random_searches_over_every_input_class_give_no_5xx_and_every_4xx_is_a_problem_details()
    {
        await Parallel.ForEachAsync(AllRequests(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (raw, ct) =>
        {
            var context = await _factory.Server.SendAsync(c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = "/api/search";
                c.Request.QueryString = new QueryString(raw);
            }, ct);
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
        });
        output.WriteLine(string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        _statuses.Values.Sum().ShouldBe(Requests);
        _statuses.Keys.ShouldContain(200);
        _statuses.Keys.ShouldContain(400);
    }
}
