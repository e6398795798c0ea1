namespace SearchMining.Corpus.Health;

/// <summary>Something wrong with the corpus's storage, as /healthz and a 503 ProblemDetails report it.</summary>
/// <param name="Code">Stable code: one of <see cref="CorpusProblemCodes"/>.</param>
/// <param name="Message">What is wrong and where, for a person.</param>
/// <param name="BlocksReads">Searches and reads cannot be answered (else only writes are refused).</param>
public sealed record CorpusProblem(string Code, string Message, bool BlocksReads);
