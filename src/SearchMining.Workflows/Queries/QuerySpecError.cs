namespace SearchMining.Workflows.Queries;

/// <param name="Field">The parameter at fault (q, agency, year …).</param>
/// <param name="Kind">Stable code: the search error kind (QuerySyntax, UnknownField, InvalidValue …) or UnknownParameter.</param>
public sealed record QuerySpecError(string Field, string Kind, string Message);
