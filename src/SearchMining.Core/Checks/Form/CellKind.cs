using SearchMining.Core.Domain;

namespace SearchMining.Core.Checks.Form;

/// <summary>What a table cell holds: blank, "/", "-" and 0 are different answers and are counted apart.</summary>
public enum CellKind
{
    Number,
    Zero,
    Blank,
    Slash,
    Dash,
    Text,
}

public static class CellKinds
{
    public static CellKind Of(TableCell cell)
    {
        var raw = cell.Raw.Trim();
        if (raw.Length == 0) return CellKind.Blank;
        if (raw is "/" or "／" or "\\") return CellKind.Slash;
        if (raw is "-" or "－" or "—" or "--" or "——" or "–") return CellKind.Dash;
        if (cell.Value is { } v) return v == 0 ? CellKind.Zero : CellKind.Number;
        return CellKind.Text;
    }

    public static string Name(CellKind kind) => kind switch
    {
        CellKind.Number => "数字",
        CellKind.Zero => "0",
        CellKind.Blank => "空白",
        CellKind.Slash => "“/”",
        CellKind.Dash => "“-”",
        _ => "文字",
    };
}
