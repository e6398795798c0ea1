namespace SearchMining.Mining.Training;

/// <summary>Which themes take their score from clause pooling (<see cref="Themes.StatementScorer"/>): the highest of the whole statement's and its clauses'.</summary>
public enum PoolingMode
{
    /// <summary>Every theme scored on the whole statement.</summary>
    None,
    /// <summary>Every theme but <c>other</c> pooled over the clauses.</summary>
    All,
    /// <summary>Each theme pooled or not, whichever gives the theme the better F1 on the out-of-fold dev scores.</summary>
    PerTheme,
}
