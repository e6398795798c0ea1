namespace SearchMining.Index.Searching;

public enum SearchErrorKind
{
    /// <summary>The query text is malformed (unclosed quote, dangling operator, unbalanced parenthesis …); see the position.</summary>
    QuerySyntax,
    /// <summary><c>field:value</c> names a field the query language does not know.</summary>
    UnknownField,
    /// <summary>A field value or filter value that cannot be understood (year:abc, kind:foo, size 0 …).</summary>
    InvalidValue,
    /// <summary>The requested page size exceeds <see cref="SearchRequest.MaxSize"/>.</summary>
    PageSizeTooLarge,
    /// <summary>The cursor is not one this engine issued for this query.</summary>
    BadCursor,
    /// <summary>The query has words, but nothing in them can be searched (only symbols or emoji: 😀, ?, \).</summary>
    NoSearchableText,
    /// <summary>No section with the given id.</summary>
    UnknownSection,
}
