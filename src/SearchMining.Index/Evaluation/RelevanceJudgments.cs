namespace SearchMining.Index.Evaluation;

/// <summary>Reads the judged set: <c>needs.tsv</c> (id, split, query, need) and <c>judgments.tsv</c> (need, source file, section number, grade).</summary>
public static class RelevanceJudgments
{
    /// <summary>Key of a judged section: the source file name and the section number as written, e.g. <c>038_hongze_quzhengfu_2024.txt#五</c>.</summary>
    public static string SectionKey(string sourceFile, string sectionNumber) => $"{sourceFile}#{sectionNumber}";

    public static IReadOnlyList<InformationNeed> Load(string needsPath, string judgmentsPath)
    {
        var grades = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var cells in Rows(judgmentsPath, 4))
        {
            if (!grades.TryGetValue(cells[0], out var byKey)) grades[cells[0]] = byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            byKey[SectionKey(cells[1], cells[2])] = int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture);
        }
        return Rows(needsPath, 4)
            .Select(c => new InformationNeed(c[0], c[1], c[2], c[3], grades.GetValueOrDefault(c[0]) ?? new Dictionary<string, int>()))
            .ToList();
    }

    private static IEnumerable<string[]> Rows(string path, int columns) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length >= columns);
}
