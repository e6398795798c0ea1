using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Storage;

/// <summary>
/// Sums the statement and commitment counts of the report documents it is given from their numeric doc values
/// (<see cref="IndexFields.StatementCount"/>, <see cref="IndexFields.CommitmentCount"/>); <see cref="Complete"/> is false
/// when a report document has no such value (written before the counts were indexed).
/// </summary>
internal sealed class StatementTotalsCollector : ICollector
{
    private NumericDocValues? _statements, _commitments;
    private IBits? _withStatements, _withCommitments;

    public long Statements { get; private set; }
    public long Commitments { get; private set; }
    public bool Complete { get; private set; } = true;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _statements = reader.GetNumericDocValues(IndexFields.StatementCount);
        _commitments = reader.GetNumericDocValues(IndexFields.CommitmentCount);
        _withStatements = reader.GetDocsWithField(IndexFields.StatementCount);
        _withCommitments = reader.GetDocsWithField(IndexFields.CommitmentCount);
    }

    public void Collect(int doc)
    {
        if (_statements is null || _commitments is null || _withStatements?.Get(doc) != true || _withCommitments?.Get(doc) != true)
        {
            Complete = false;
            return;
        }
        Statements += _statements.Get(doc);
        Commitments += _commitments.Get(doc);
    }

    public void SetScorer(Scorer scorer)
    {
    }
}
