using System.Globalization;
using RegionInfo = SearchMining.Core.Domain.RegionInfo;
using SearchMining.Core.Domain;
using SearchMining.Core.Normalization;

namespace SearchMining.Core.Evaluation;

/// <summary>
/// Scores parsed reports against gold facts field by field (rules in data/corpus/gold/README.md). Names are compared
/// without whitespace; the normalised agency and the region also through <see cref="ChineseCharacterFold"/>; phones by
/// their digits; e-mails case-insensitively. A report the parser rejected counts as giving nothing for every field.
/// </summary>
public static class ParserAudit
{
    /// <summary>The scored fields, in the order they are printed.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } =
        ["agency", "agencyAsWritten", "level", "region", "year", "publishDate", "sectionsPresent", "phones", "emails", "fees", "table3", "commitmentCount"];

    private static readonly HashSet<string> SetFields = ["sectionsPresent", "phones", "emails"];

    public static AuditResult Score(IEnumerable<(GoldFacts Gold, ParseOutcome Outcome)> items)
    {
        var list = items.ToList();
        var fields = FieldOrder.ToDictionary(f => f, f => new Tally(f, SetFields.Contains(f)));
        var errors = new List<AuditError>();
        var rejected = new List<AuditError>();
        foreach (var (gold, outcome) in list)
        {
            var r = outcome.Report;
            if (r is null)
                rejected.Add(new AuditError(gold.File, "parsed", "a report", $"{outcome.Error?.Kind}: {outcome.Error?.Message}"));
            void One(string field, string? expected, string? actual, Func<string?, string?>? key = null)
            {
                if (!gold.Has(field)) return;
                key ??= Compact;
                var ok = key(expected) == key(actual);
                fields[field].Add(ok);
                if (!ok) errors.Add(new AuditError(gold.File, field, expected ?? "null", actual ?? "null"));
            }
            void Set(string field, IEnumerable<string> expected, IEnumerable<string> actual, Func<string, string> key)
            {
                if (!gold.Has(field)) return;
                var e = expected.Select(key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
                var a = actual.Select(key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
                var tp = e.Count(a.Contains);
                fields[field].Add(e.SetEquals(a), tp, a.Count - tp, e.Count - tp);
                if (!e.SetEquals(a))
                    errors.Add(new AuditError(gold.File, field, Show(e), Show(a)));
            }

            One("agency", gold.Agency, r?.Agency, Folded);
            One("agencyAsWritten", gold.AgencyAsWritten, r?.AgencyAsWritten);
            One("level", (gold.Level ?? AdministrativeLevel.Unknown).ToString(), (r?.Level ?? AdministrativeLevel.Unknown).ToString());
            One("region", RegionText(gold.Region), RegionText(r?.Region), Folded);
            One("year", gold.Year?.ToString(CultureInfo.InvariantCulture), r?.Year?.ToString(CultureInfo.InvariantCulture));
            One("publishDate", gold.PublishDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r?.PublishDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Set("sectionsPresent", gold.SectionsPresent.Select(t => t.ToString()), r?.Sections.Select(s => s.Topic.ToString()) ?? [], t => t);
            Set("phones", gold.Phones, r?.Contact?.Phones ?? [], PhoneKey);
            Set("emails", gold.Emails, r?.Contact?.Emails ?? [], m => m.Trim().ToLowerInvariant());
            One("fees", Amount(gold.Fees), Amount(r?.OtherMatters?.FeesYuan));
            One("table3", Table3Text(gold.Table3), Table3Text(r is null ? null : Table3Of(r)));
            One("commitmentCount", (gold.CommitmentCount ?? 0).ToString(CultureInfo.InvariantCulture), (r?.Commitments.Count ?? 0).ToString(CultureInfo.InvariantCulture));
        }
        return new AuditResult(list.Count, FieldOrder.Select(f => fields[f].ToScore()).ToList(), errors, rejected);
    }

    /// <summary>Whether <paramref name="actual"/> is the gold agency as the audit scores it (compact, folded).</summary>
    public static bool SameAgency(string? expected, string? actual) => Folded(expected) == Folded(actual);

    /// <summary>The four 总计 cells of section 三 the gold file scores, or null when the parser read no such row.</summary>
    public static GoldTable3? Table3Of(Report report)
    {
        var t = report.Tables.Applications;
        decimal? Total(string code) => t.Row(code)?.Cells.GetValueOrDefault(ApplicantType.Total)?.Value;
        var read = new GoldTable3(Total("new"), Total("carried-over"), Total("result.total"), Total("carried-forward"));
        return read is { NewReceived: null, CarriedOver: null, Total: null, CarriedForward: null } ? null : read;
    }

    private static string? Table3Text(GoldTable3? t) =>
        t is null ? null : $"new {Amount(t.NewReceived) ?? "-"}, carried-over {Amount(t.CarriedOver) ?? "-"}, total {Amount(t.Total) ?? "-"}, carried-forward {Amount(t.CarriedForward) ?? "-"}";

    private static string? Amount(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    private static string? RegionText(RegionInfo? region) =>
        region is null || region == RegionInfo.Unknown ? null : $"{region.Province ?? "-"}/{region.City ?? "-"}/{region.County ?? "-"}";

    private static string? Compact(string? s) => s is null ? null : string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static string? Folded(string? s) => Compact(s) is { } c ? ChineseWordFold.Fold(c) : null;

    /// <summary>A phone number by its digits (0591-2345678, 0591 2345678 and (0591)2345678 are one number).</summary>
    public static string PhoneKey(string phone) => string.Concat(phone.Where(char.IsAsciiDigit));

    private static string Show(IEnumerable<string> set) => "[" + string.Join(", ", set.Order(StringComparer.Ordinal)) + "]";

    private sealed class Tally(string field, bool isSet)
    {
        private int _count, _correct, _tp, _fp, _fn;

        public void Add(bool correct) { _count++; if (correct) _correct++; }

        public void Add(bool correct, int tp, int fp, int fn)
        {
            Add(correct);
            _tp += tp; _fp += fp; _fn += fn;
        }

        public FieldScore ToScore() => new(field, isSet, _count, _correct, _tp, _fp, _fn);
    }
}
