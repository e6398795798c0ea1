namespace SearchMining.Analysis.Jieba;

/// <summary>
/// Reads dictionary lines <c>word [frequency] [tag]</c> (UTF-8, one entry a line). Lines without a valid word are
/// skipped and reported; a missing frequency is returned as null (the caller decides a default).
/// </summary>
internal static class DictionaryReader
{
    public static DictionaryReadResult Read(TextReader reader)
    {
        var entries = new List<UserWord>();
        var warnings = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var span = line.AsSpan().Trim();
            if (lineNumber == 1 && span.Length > 0 && span[0] == '\uFEFF')
                span = span[1..].TrimStart();
            if (span.IsEmpty || span[0] == '#')
                continue;
            var firstSpace = span.IndexOfAny(' ', '\t');
            var word = firstSpace < 0 ? span : span[..firstSpace];
            int? frequency = null;
            if (firstSpace >= 0)
            {
                var rest = span[(firstSpace + 1)..].TrimStart();
                var end = rest.IndexOfAny(' ', '\t');
                var field = end < 0 ? rest : rest[..end];
                if (int.TryParse(field, out var parsed) && parsed >= 0)
                    frequency = parsed;
                else if (!field.IsEmpty && char.IsDigit(field[0]))
                    warnings.Add($"line {lineNumber}: frequency '{field}' is not a non-negative integer; using the default");
            }
            entries.Add(new UserWord(word.ToString(), frequency));
        }
        return new DictionaryReadResult(entries, warnings);
    }
}
