using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchMining.Core.Domain;
using SearchMining.Index.Schema;
using SearchMining.Index.Storage;

namespace SearchMining.Index.Views;

/// <summary>
/// Reads the view doc values (<see cref="ReportViewFields"/>) of every live report document in one pass, in index
/// order, with one searcher: no stored field, no whole-report or digest JSON (except the rare report whose value was too
/// large to keep, read from its digest). Each method returns false, having visited only part of the corpus, when some
/// report document has no such value (an index written before them): the caller then counts the digests instead.
/// </summary>
public static class ReportViews
{
    /// <summary>The view row of every report.</summary>
    public static bool VisitRows(ReportIndex index, Action<ReportViewRow> visit, CancellationToken cancellationToken = default) =>
        Visit(index, [IndexFields.ViewRow], (values, digest) =>
        {
            if (Row(values[0], digest) is not { } row) return false;
            visit(row);
            return true;
        }, cancellationToken);

    /// <summary>The view row and the commitments of every report.</summary>
    public static bool VisitCommitments(ReportIndex index, Action<ReportViewRow, IReadOnlyList<Commitment>> visit, CancellationToken cancellationToken = default) =>
        Visit(index, [IndexFields.ViewRow, IndexFields.ViewCommitments, IndexFields.ViewStatements], (values, digest) =>
        {
            if (Row(values[0], digest) is not { } row) return false;
            var commitments = ReportViewFields.Commitments(values[1], row, () => ReportViewFields.Decode<List<Statement>>(values[2])) ?? digest()?.Commitments;
            if (commitments is null) return false;
            visit(row, commitments);
            return true;
        }, cancellationToken);

    /// <summary>The view row and the section-五 statements of every report (of every <paramref name="every"/>-th report document, in index order, when more than 1: a sample).</summary>
    public static bool VisitStatements(ReportIndex index, Action<ReportViewRow, IReadOnlyList<Statement>> visit, CancellationToken cancellationToken = default, int every = 1) =>
        Visit(index, [IndexFields.ViewRow, IndexFields.ViewStatements], (values, digest) =>
        {
            if (Row(values[0], digest) is not { } row) return false;
            var statements = ReportViewFields.Decode<List<Statement>>(values[1]) ?? digest()?.Statements;
            if (statements is null) return false;
            visit(row, statements);
            return true;
        }, cancellationToken, every);

    /// <summary>The view row, the commitments and the section-五 statements of every report (what the derived store's view tables are filled from).</summary>
    public static bool VisitViews(ReportIndex index, Action<ReportViewRow, IReadOnlyList<Commitment>, IReadOnlyList<Statement>> visit,
        CancellationToken cancellationToken = default) =>
        Visit(index, [IndexFields.ViewRow, IndexFields.ViewCommitments, IndexFields.ViewStatements], (values, digest) =>
        {
            if (Row(values[0], digest) is not { } row) return false;
            var statements = ReportViewFields.Decode<List<Statement>>(values[2]) ?? digest()?.Statements;
            var commitments = ReportViewFields.Commitments(values[1], row, () => statements) ?? digest()?.Commitments;
            if (commitments is null || statements is null) return false;
            visit(row, commitments, statements);
            return true;
        }, cancellationToken);

    /// <summary>
    /// The section-五 statements of one report by id, from its <c>view_statements</c> doc value (a term look-up and one
    /// value: no stored field; the digest when the value was too large or is missing); null for an unknown id.
    /// </summary>
    public static IReadOnlyList<Statement>? StatementsOf(ReportIndex index, string reportId)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.WithSearcher(searcher =>
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Report)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.ReportId, reportId)), Occur.MUST },
            };
            var top = searcher.Search(query, 1);
            if (top.TotalHits == 0) return null;
            var doc = top.ScoreDocs[0].Doc;
            var leaves = searcher.IndexReader.Leaves;
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            var local = doc - leaf.DocBase;
            IReadOnlyList<Statement>? statements = null;
            if (leaf.AtomicReader.GetBinaryDocValues(IndexFields.ViewStatements) is { } values && leaf.AtomicReader.GetDocsWithField(IndexFields.ViewStatements)?.Get(local) == true)
            {
                var value = new Lucene.Net.Util.BytesRef();
                values.Get(local, value);
                statements = ReportViewFields.Decode<List<Statement>>(value);
            }
            return statements ?? StoredReportJson.ReadDigest(leaf.AtomicReader.Document(local, StoredReportJson.DigestFields))?.Statements;
        });
    }

    private static ReportViewRow? Row(Lucene.Net.Util.BytesRef value, Func<Report?> digest) =>
        ReportViewFields.Decode<ReportViewRow>(value) ?? (digest() is { } report ? ReportViewRow.Of(report) : null);

    private static bool Visit(ReportIndex index, string[] fields, Func<Lucene.Net.Util.BytesRef[], Func<Report?>, bool> read, CancellationToken cancellationToken, int every = 1)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        return index.WithSearcher(searcher =>
        {
            var collector = new ViewValuesCollector(fields, read, cancellationToken, every);
            searcher.Search(new TermQuery(new Term(IndexFields.DocKind, DocumentKinds.Report)), collector);
            return collector.Complete;
        });
    }

    /// <summary>Hands each report document's values of the fields to <c>read</c> (in doc order); stops reading at the first report without them.</summary>
    private sealed class ViewValuesCollector(string[] fields, Func<Lucene.Net.Util.BytesRef[], Func<Report?>, bool> read, CancellationToken cancellationToken, int every) : ICollector
    {
        private long _seen;
        private readonly BinaryDocValues?[] _values = new BinaryDocValues?[fields.Length];
        private readonly Lucene.Net.Util.IBits?[] _present = new Lucene.Net.Util.IBits?[fields.Length];
        private AtomicReader? _reader;

        public bool Complete { get; private set; } = true;

        public bool AcceptsDocsOutOfOrder => false;

        public void SetNextReader(AtomicReaderContext context)
        {
            _reader = context.AtomicReader;
            for (var i = 0; i < fields.Length; i++)
            {
                _values[i] = _reader.GetBinaryDocValues(fields[i]);
                _present[i] = _reader.GetDocsWithField(fields[i]);
            }
        }

        public void Collect(int doc)
        {
            if (!Complete || _seen++ % every != 0) return;
            cancellationToken.ThrowIfCancellationRequested();
            var values = new Lucene.Net.Util.BytesRef[fields.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                if (_values[i] is not { } source || _present[i]?.Get(doc) != true)
                {
                    Complete = false;
                    return;
                }
                values[i] = new Lucene.Net.Util.BytesRef();
                source.Get(doc, values[i]);
            }
            var reader = _reader!;
            if (!read(values, () => StoredReportJson.ReadDigest(reader.Document(doc, StoredReportJson.DigestFields)))) Complete = false;
        }

        public void SetScorer(Scorer scorer)
        {
        }
    }
}
