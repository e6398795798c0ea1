using System.Globalization;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;

namespace SearchMining.Index.Querying;

/// <summary>
/// Parses the people's query language: words, prefixes (政务*), "exact phrases", "proximity"~N, AND / OR / NOT / -word / +word,
/// parentheses, field:value for agency, region, level, year, section, theme, kind, and year ranges (year:2022..2024,
/// year:[2019 TO 2022]). Juxtaposed plain words are optional and ranked by how many of them a section holds; phrases,
/// +word and the operands of an explicit AND are required. AND binds tighter than OR. Never throws: errors carry the
/// offending position.
/// </summary>
public static class UserQueryParser
{
    public static IReadOnlyList<string> Fields { get; } = FacetDimensions.All;

    public static QueryParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new QueryParseResult(null, null);
        var (tokens, lexError) = QueryLexer.Tokenize(text);
        if (lexError is not null) return new QueryParseResult(null, lexError);
        var cursor = new QueryTokenCursor(tokens);
        var (root, error) = ParseOr(cursor);
        if (error is not null) return new QueryParseResult(null, error);
        var rest = cursor.Peek;
        if (rest.Kind == QueryTokenKind.Close) return Fail(QueryLexer.Syntax("Unmatched ')'", rest.Position));
        if (rest.Kind != QueryTokenKind.End) return Fail(QueryLexer.Syntax($"Unexpected '{rest.Text}'", rest.Position));
        return new QueryParseResult(root, null);
    }

    private static QueryParseResult Fail(SearchError error) => new(null, error);

    private static (QueryNode? Node, SearchError? Error) ParseOr(QueryTokenCursor cursor)
    {
        var first = cursor.Peek;
        var (left, error) = ParseAnd(cursor);
        if (error is not null) return (null, error);
        var children = new List<QueryNode> { left! };
        while (cursor.Peek.Kind == QueryTokenKind.Or)
        {
            var op = cursor.Next();
            if (!StartsOperand(cursor.Peek.Kind)) return (null, QueryLexer.Syntax("OR needs something on its right", op.Position));
            var (right, e) = ParseAnd(cursor);
            if (e is not null) return (null, e);
            children.Add(right!);
        }
        return (children.Count == 1 ? children[0] : new OrNode(children, first.Position), null);
    }

    private static (QueryNode? Node, SearchError? Error) ParseAnd(QueryTokenCursor cursor)
    {
        var first = cursor.Peek;
        if (first.Kind is QueryTokenKind.And or QueryTokenKind.Or)
            return (null, QueryLexer.Syntax($"{first.Text} needs something on its left", first.Position));
        if (!StartsOperand(first.Kind))
            return (null, first.Kind == QueryTokenKind.Close
                ? QueryLexer.Syntax("Unmatched ')' or empty parentheses", first.Position)
                : QueryLexer.Syntax("Query ends where a word was expected", first.Position));
        var children = new List<QueryNode>();
        var requireNext = false;
        while (true)
        {
            var (node, error) = ParseUnary(cursor);
            if (error is not null) return (null, error);
            children.Add(requireNext ? Require(node!) : node!);
            requireNext = false;
            if (cursor.Peek.Kind == QueryTokenKind.And)
            {
                var op = cursor.Next();
                if (!StartsOperand(cursor.Peek.Kind)) return (null, QueryLexer.Syntax("AND needs something on its right", op.Position));
                children[^1] = Require(children[^1]);
                requireNext = true;
                continue;
            }
            if (!StartsOperand(cursor.Peek.Kind)) break;
        }
        return (children.Count == 1 ? children[0] : new AndNode(children, first.Position), null);
    }

    /// <summary>An operand of an explicit AND must match; exclusions and what is already required stay as they are.</summary>
    private static QueryNode Require(QueryNode node) => node is NotNode or RequiredNode ? node : new RequiredNode(node, node.Position);

    private static (QueryNode? Node, SearchError? Error) ParseUnary(QueryTokenCursor cursor)
    {
        var token = cursor.Peek;
        if (token.Kind == QueryTokenKind.Plus)
        {
            cursor.Next();
            if (!StartsOperand(cursor.Peek.Kind) || cursor.Peek.Kind is QueryTokenKind.Not or QueryTokenKind.Minus or QueryTokenKind.Plus)
                return (null, QueryLexer.Syntax("+ must be followed by the word or phrase to require", token.Position));
            var (required, e) = ParsePrimary(cursor);
            return e is not null ? (null, e) : (new RequiredNode(required!, token.Position), null);
        }
        if (token.Kind is not (QueryTokenKind.Not or QueryTokenKind.Minus)) return ParsePrimary(cursor);
        cursor.Next();
        if (!StartsOperand(cursor.Peek.Kind) || cursor.Peek.Kind is QueryTokenKind.Not or QueryTokenKind.Minus or QueryTokenKind.Plus && token.Kind == QueryTokenKind.Minus)
            return (null, QueryLexer.Syntax($"{token.Text} must be followed by what to exclude", token.Position));
        var (child, error) = ParseUnary(cursor);
        return error is not null ? (null, error) : (new NotNode(child!, token.Position), null);
    }

    private static (QueryNode? Node, SearchError? Error) ParsePrimary(QueryTokenCursor cursor)
    {
        var token = cursor.Next();
        switch (token.Kind)
        {
            case QueryTokenKind.Word:
                return (PrefixOf(token.Text) is { } prefix ? new PrefixNode(prefix, token.Position) : new WordsNode(token.Text, token.Position), null);
            case QueryTokenKind.Phrase:
                return (new PhraseNode(token.Text, token.Position, token.Slop), null);
            case QueryTokenKind.Open:
            {
                if (cursor.Peek.Kind == QueryTokenKind.Close) return (null, QueryLexer.Syntax("Empty parentheses", token.Position));
                var (inner, error) = ParseOr(cursor);
                if (error is not null) return (null, error);
                if (cursor.Peek.Kind != QueryTokenKind.Close) return (null, QueryLexer.Syntax("Missing ')' for this '('", token.Position));
                cursor.Next();
                return (inner, null);
            }
            case QueryTokenKind.Field:
                return ParseField(token, cursor);
            default:
                return (null, QueryLexer.Syntax($"Unexpected '{token.Text}'", token.Position));
        }
    }

    private static (QueryNode? Node, SearchError? Error) ParseField(QueryToken field, QueryTokenCursor cursor)
    {
        if (!Fields.Contains(field.Text))
            return (null, new SearchError(SearchErrorKind.UnknownField,
                $"Unknown field '{field.Text}' (at {field.Position}); use one of: {string.Join(", ", Fields)}", field.Position, field.Text));
        var value = cursor.Next();
        if (value.Kind == QueryTokenKind.Range) return ParseRange(field, value);
        if (value.Kind is not (QueryTokenKind.Word or QueryTokenKind.Phrase))
            return (null, QueryLexer.Syntax($"'{field.Text}:' has no value", value.Position));
        var text = value.Text.Trim();
        var problem = FieldValueRules.Check(field.Text, text);
        if (problem is not null)
            return (null, new SearchError(SearchErrorKind.InvalidValue, $"{problem} (at {value.Position})", value.Position, field.Text));
        if (field.Text == FacetDimensions.Year && text.Contains("..", StringComparison.Ordinal))
        {
            var parts = text.Split("..");
            return (new YearRangeNode(ParseYear(parts[0]), ParseYear(parts[1]), field.Position), null);
        }
        return (new FieldNode(field.Text, text, field.Position, value.Position), null);
    }

    /// <summary><c>year:[2019 TO 2022]</c> (inclusive), <c>year:{2018 TO 2023}</c> (exclusive), <c>*</c> for an open end.</summary>
    private static (QueryNode? Node, SearchError? Error) ParseRange(QueryToken field, QueryToken range)
    {
        if (field.Text != FacetDimensions.Year)
            return (null, new SearchError(SearchErrorKind.InvalidValue,
                $"Ranges work on year only, e.g. year:[2019 TO 2022] (at {range.Position})", range.Position, field.Text));
        var inclusive = range.Text[0] == '[';
        if (range.Text[^1] != (inclusive ? ']' : '}'))
            return (null, QueryLexer.Syntax("A range opened with [ closes with ], one opened with { closes with }", range.Position));
        var parts = range.Text[1..^1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || parts[1] != "TO")
            return (null, QueryLexer.Syntax($"'{range.Text}' is not a range; write year:[2019 TO 2022]", range.Position));
        int? from = null, to = null;
        foreach (var (text, isFrom) in new[] { (parts[0], true), (parts[2], false) })
        {
            if (text == "*") continue;
            if (FieldValueRules.Check(FacetDimensions.Year, text) is { } problem)
                return (null, new SearchError(SearchErrorKind.InvalidValue, $"{problem} (at {range.Position})", range.Position, field.Text));
            var year = int.Parse(text, CultureInfo.InvariantCulture) + (inclusive ? 0 : isFrom ? 1 : -1);
            if (isFrom) from = year; else to = year;
        }
        if (from > to)
            return (null, new SearchError(SearchErrorKind.InvalidValue, $"Year range '{range.Text}' is empty (at {range.Position})", range.Position, field.Text));
        return (new YearRangeNode(from, to, field.Position), null);
    }

    /// <summary>The prefix of <c>政务*</c> (a word ending in one <c>*</c>), else null.</summary>
    private static string? PrefixOf(string word)
    {
        if (word.Length < 2 || word[^1] is not ('*' or '＊')) return null;
        var prefix = word[..^1];
        return prefix.IndexOfAny(['*', '＊', '?']) >= 0 ? null : prefix;
    }

    private static int? ParseYear(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);

    private static bool StartsOperand(QueryTokenKind kind) =>
        kind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Field or QueryTokenKind.Open or QueryTokenKind.Not or QueryTokenKind.Minus or QueryTokenKind.Plus;
}
