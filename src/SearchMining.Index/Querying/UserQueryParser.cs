using System.Globalization;
using SearchMining.Index.Schema;
using SearchMining.Index.Searching;

namespace SearchMining.Index.Querying;

/// <summary>
/// Parses the people's query language: words, "exact phrases", AND / OR / NOT / -word, parentheses,
/// field:value for agency, region, level, year, section, theme, kind, and year ranges (year:2022..2024).
/// Juxtaposed parts are ANDed; AND binds tighter than OR. Never throws: errors carry the offending position.
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
        while (true)
        {
            var (node, error) = ParseUnary(cursor);
            if (error is not null) return (null, error);
            children.Add(node!);
            if (cursor.Peek.Kind == QueryTokenKind.And)
            {
                var op = cursor.Next();
                if (!StartsOperand(cursor.Peek.Kind)) return (null, QueryLexer.Syntax("AND needs something on its right", op.Position));
                continue;
            }
            if (!StartsOperand(cursor.Peek.Kind)) break;
        }
        return (children.Count == 1 ? children[0] : new AndNode(children, first.Position), null);
    }

    private static (QueryNode? Node, SearchError? Error) ParseUnary(QueryTokenCursor cursor)
    {
        var token = cursor.Peek;
        if (token.Kind is not (QueryTokenKind.Not or QueryTokenKind.Minus)) return ParsePrimary(cursor);
        cursor.Next();
        if (!StartsOperand(cursor.Peek.Kind) || cursor.Peek.Kind is QueryTokenKind.Not or QueryTokenKind.Minus && token.Kind == QueryTokenKind.Minus)
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
                return (new WordsNode(token.Text, token.Position), null);
            case QueryTokenKind.Phrase:
                return (new PhraseNode(token.Text, token.Position), null);
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

    private static int? ParseYear(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);

    private static bool StartsOperand(QueryTokenKind kind) =>
        kind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Field or QueryTokenKind.Open or QueryTokenKind.Not or QueryTokenKind.Minus;
}
