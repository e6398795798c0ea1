using SearchMining.Workflows.Queries;

namespace SearchMining.Workflows.Batch;

/// <summary>One query of a batch file.</summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Label">The row's own label (a <c>label</c> or <c>id</c> column), carried to the output.</param>
/// <param name="Error">Why the line cannot run (bad column value …); the batch goes on with the other lines.</param>
public sealed record BatchQuery(int Line, string? Label, QuerySpec Spec, QuerySpecError? Error = null);
