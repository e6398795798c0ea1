using SearchMining.Core.Domain;

namespace SearchMining.Core.Parsing.Tables;

/// <summary>Folds many warnings of one code (one per unreadable row) into a single warning listing them all.</summary>
public static class WarningMerger
{
    public static List<ParseWarning> Merge(IEnumerable<ParseWarning> warnings, string code, string heading)
    {
        var list = warnings.ToList();
        var same = list.Where(w => w.Code == code).ToList();
        if (same.Count <= 1) return list;
        var merged = new ParseWarning(code, $"{heading} ({same.Count} rows): " + string.Join(" ", same.Select(w => w.Message)));
        var result = list.Where(w => w.Code != code).ToList();
        result.Insert(0, merged);
        return result;
    }
}
