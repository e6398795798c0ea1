using SearchMining.Index.Searching;

namespace SearchMining.Index.Querying;

/// <summary>Splits a people's query into words, phrases, fields, operators and parentheses (full-width forms accepted).</summary>
internal static class QueryLexer
{
    public static (IReadOnlyList<QueryToken> Tokens, SearchError? Error) Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '(' or '（') { tokens.Add(new QueryToken(QueryTokenKind.Open, "(", i++)); continue; }
            if (c is ')' or '）') { tokens.Add(new QueryToken(QueryTokenKind.Close, ")", i++)); continue; }
            if (IsQuote(c))
            {
                var (phrase, next, error) = ReadPhrase(text, i);
                if (error is not null) return (tokens, error);
                tokens.Add(new QueryToken(QueryTokenKind.Phrase, phrase, i));
                i = next;
                continue;
            }
            if (c == '-' && (tokens.Count == 0 || tokens[^1].Kind != QueryTokenKind.Field))
            {
                if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
                    return (tokens, Syntax("'-' must be followed by the word or phrase to exclude, e.g. -培训", i));
                tokens.Add(new QueryToken(QueryTokenKind.Minus, "-", i++));
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or '（' or ')' or '）') && !IsQuote(text[i])) i++;
            var word = text[start..i];
            var colon = word.IndexOfAny([':', '：']);
            if (colon > 0 && word[..colon].All(char.IsAsciiLetter))
            {
                tokens.Add(new QueryToken(QueryTokenKind.Field, word[..colon].ToLowerInvariant(), start));
                var value = word[(colon + 1)..];
                if (value.Length > 0) tokens.Add(new QueryToken(QueryTokenKind.Word, value, start + colon + 1));
                else if (i >= text.Length || !IsQuote(text[i]))
                    return (tokens, Syntax($"'{word[..colon]}:' has no value, e.g. {word[..colon]}:2023", start + colon + 1));
                continue;
            }
            tokens.Add(word switch
            {
                "AND" or "&&" => new QueryToken(QueryTokenKind.And, word, start),
                "OR" or "||" => new QueryToken(QueryTokenKind.Or, word, start),
                "NOT" => new QueryToken(QueryTokenKind.Not, word, start),
                _ => new QueryToken(QueryTokenKind.Word, word, start),
            });
        }
        tokens.Add(new QueryToken(QueryTokenKind.End, "", text.Length));
        return (tokens, null);
    }

    private static (string Phrase, int Next, SearchError? Error) ReadPhrase(string text, int open)
    {
        var close = open + 1;
        while (close < text.Length && !IsQuote(text[close])) close++;
        if (close >= text.Length) return ("", close, Syntax("Unclosed quote: add the closing \"", open));
        var phrase = text[(open + 1)..close];
        if (string.IsNullOrWhiteSpace(phrase)) return ("", close, Syntax("Empty phrase \"\"", open));
        return (phrase, close + 1, null);
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '＂';

    internal static SearchError Syntax(string message, int position) => new(SearchErrorKind.QuerySyntax, $"{message} (at {position})", position);
}
