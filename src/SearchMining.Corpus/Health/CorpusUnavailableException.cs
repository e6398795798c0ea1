namespace SearchMining.Corpus.Health;

/// <summary>The corpus cannot do what was asked because of <see cref="Problem"/>; nothing was changed.</summary>
public sealed class CorpusUnavailableException(CorpusProblem problem, Exception? inner = null) : Exception(problem.Message, inner)
{
    public CorpusProblem Problem { get; } = problem;
}
