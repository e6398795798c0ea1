using System.Globalization;
using SearchMining.Index.Searching;

namespace SearchMining.Index.Querying;

/// <summary>
/// Splits a people's query into words, phrases (with an optional <c>~N</c>), fields (with an optional <c>[a TO b]</c> range),
/// operators (<c>AND OR NOT - +</c>) and parentheses; full-width forms accepted.
/// </summary>
internal static class QueryLexer
{
    /// <summary>Largest N accepted in <c>"…"~N</c>.</summary>
    public const int MaxSlop = 100;

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
                var (slop, afterSlop, slopError) = ReadSlop(text, next);
                if (slopError is not null) return (tokens, slopError);
                tokens.Add(new QueryToken(QueryTokenKind.Phrase, phrase, i, slop));
                i = afterSlop;
                continue;
            }
            if (c is '-' or '+' or '＋' && (tokens.Count == 0 || tokens[^1].Kind != QueryTokenKind.Field))
            {
                var isMinus = c == '-';
                if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
                    return (tokens, Syntax(isMinus
                        ? "'-' must be followed by the word or phrase to exclude, e.g. -培训"
                        : "'+' must be followed by the word or phrase to require, e.g. +培训", i));
                tokens.Add(new QueryToken(isMinus ? QueryTokenKind.Minus : QueryTokenKind.Plus, c.ToString(), i++));
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
                if (value.Length > 0 && value[0] is '[' or '{')
                {
                    var (range, next, error) = ReadRange(text, start + colon + 1);
                    if (error is not null) return (tokens, error);
                    tokens.Add(new QueryToken(QueryTokenKind.Range, range, start + colon + 1));
                    i = next;
                }
                else if (value.Length > 0) tokens.Add(new QueryToken(QueryTokenKind.Word, value, start + colon + 1));
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

    /// <summary><c>~N</c> right after a closing quote (N words; <c>～</c> accepted).</summary>
    private static (int? Slop, int Next, SearchError? Error) ReadSlop(string text, int at)
    {
        if (at >= text.Length || text[at] is not ('~' or '～')) return (null, at, null);
        var end = at + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        if (end == at + 1) return (null, at, Syntax("'~' after a phrase needs a number of words, e.g. \"信息 公开\"~3", at));
        if (!int.TryParse(text.AsSpan(at + 1, end - at - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var slop) || slop > MaxSlop)
            return (null, at, Syntax($"'~' allows at most {MaxSlop} words", at));
        return (slop, end, null);
    }

    /// <summary><c>[a TO b]</c> (inclusive) or <c>{a TO b}</c> (exclusive), possibly over spaces; returned with its brackets.</summary>
    private static (string Range, int Next, SearchError? Error) ReadRange(string text, int open)
    {
        var closer = text[open] == '[' ? ']' : '}';
        var close = text.IndexOfAny([']', '}'], open + 1);
        if (close < 0) return ("", text.Length, Syntax($"Unclosed range: add the closing {closer}, e.g. year:[2019 TO 2022]", open));
        return (text[open..(close + 1)], close + 1, null);
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '＂';

    internal static SearchError Syntax(string message, int position) => new(SearchErrorKind.QuerySyntax, $"{message} (at {position})", position);
}
