using Lucene.Net.Search;
using SearchMining.Index.Schema;

namespace SearchMining.Index.Searching;

/// <summary>Lucene sorts for <see cref="SearchSort"/>; every sort ends with the unique section id so paging is exact.</summary>
internal static class SearchSorts
{
    public static Sort For(SearchSort sort)
    {
        var id = new SortField(IndexFields.SectionId, SortFieldType.STRING);
        var year = new SortField(IndexFields.YearSort, SortFieldType.INT64, reverse: true);
        var date = new SortField(IndexFields.DateSort, SortFieldType.INT64, reverse: true);
        return sort switch
        {
            SearchSort.Year => new Sort(year, date, SortField.FIELD_SCORE, id),
            SearchSort.Date => new Sort(date, year, SortField.FIELD_SCORE, id),
            _ => new Sort(SortField.FIELD_SCORE, id),
        };
    }
}
