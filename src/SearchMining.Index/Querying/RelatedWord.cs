using Lucene.Net.Search;

namespace SearchMining.Index.Querying;

/// <summary>A related word a query word was expanded with (人手不足 → 人员配备不足), and the query matching sections that hold it.</summary>
internal sealed record RelatedWord(string Text, Query Query);
