using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchMining.Index.Searching;

/// <summary>
/// The opaque paging token: the sort values of the last hit of a page (searchAfter, so deep pages stay cheap) or,
/// for grouped results, the number of groups already served — bound to the request it was issued for.
/// </summary>
internal sealed record SearchCursor(string RequestKey, IReadOnlyList<object?>? SortValues, int GroupOffset)
{
    public string Encode()
    {
        var payload = new SearchCursorPayload(RequestKey, SortValues?.Select(EncodeValue).ToList(), GroupOffset);
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
    }

    public static SearchCursor? TryDecode(string text)
    {
        try
        {
            var payload = JsonSerializer.Deserialize<SearchCursorPayload>(Base64Url.DecodeFromChars(text));
            if (payload?.K is null || payload.O < 0) return null;
            List<object?>? values = null;
            if (payload.V is not null)
            {
                values = [];
                foreach (var v in payload.V)
                {
                    if (!TryDecodeValue(v, out var value)) return null;
                    values.Add(value);
                }
            }
            return new SearchCursor(payload.K, values, payload.O);
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The FieldDoc to search after; the doc id never decides (the section id is the last sort key).</summary>
    public FieldDoc ToFieldDoc() => new(int.MaxValue, float.NaN, SortValues!.ToArray());

    /// <summary>A short hash of everything that decides a result list, so a cursor cannot be replayed on another query.</summary>
    public static string KeyOf(SearchRequest request)
    {
        var f = request.Filters;
        var text = string.Join('\u001f', request.Query, request.Sort, request.Granularity, request.GroupByReport, request.SectionsPerReport, request.Expand,
            string.Join(',', f.Agencies), string.Join(',', f.Regions), string.Join(',', f.Levels), f.YearFrom, f.YearTo,
            string.Join(',', f.Sections), string.Join(',', f.Themes), string.Join(',', f.Kinds));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static string EncodeValue(object? value) => value switch
    {
        null => "n",
        float f => "f" + BitConverter.SingleToInt32Bits(f).ToString(CultureInfo.InvariantCulture),
        J2N.Numerics.Single f => "F" + BitConverter.SingleToInt32Bits(f.ToSingle()).ToString(CultureInfo.InvariantCulture),
        long l => "l" + l.ToString(CultureInfo.InvariantCulture),
        J2N.Numerics.Int64 l => "L" + l.ToInt64().ToString(CultureInfo.InvariantCulture),
        int i => "i" + i.ToString(CultureInfo.InvariantCulture),
        J2N.Numerics.Int32 i => "I" + i.ToInt32().ToString(CultureInfo.InvariantCulture),
        BytesRef b => "b" + Convert.ToBase64String(b.Bytes, b.Offset, b.Length),
        _ => throw new InvalidOperationException($"Unexpected sort value type {value.GetType()}"),
    };

    private static bool TryDecodeValue(string text, out object? value)
    {
        value = null;
        if (text.Length == 0) return false;
        var body = text[1..];
        switch (text[0])
        {
            case 'n': return body.Length == 0;
            case 'f' or 'F' when int.TryParse(body, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bits):
                var single = BitConverter.Int32BitsToSingle(bits);
                value = text[0] == 'f' ? single : J2N.Numerics.Single.GetInstance(single);
                return true;
            case 'l' or 'L' when long.TryParse(body, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                value = text[0] == 'l' ? l : J2N.Numerics.Int64.GetInstance(l);
                return true;
            case 'i' or 'I' when int.TryParse(body, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                value = text[0] == 'i' ? i : J2N.Numerics.Int32.GetInstance(i);
                return true;
            case 'b':
                value = new BytesRef(Convert.FromBase64String(body));
                return true;
            default:
                return false;
        }
    }
}
