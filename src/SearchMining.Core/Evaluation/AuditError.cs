namespace SearchMining.Core.Evaluation;

/// <summary>One field of one report the parser got wrong: what the gold line says and what the parser gave.</summary>
public sealed record AuditError(string File, string Field, string Expected, string Actual);
