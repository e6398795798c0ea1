using System.Text;
using SearchMining.Workflows.Batch;
using Shouldly;

namespace SearchMining.Workflows.Tests.Batch;

public sealed class BatchFileReaderTests
{
    [Fact]
    public void A_text_file_is_one_query_per_line_skipping_blank_and_comment_lines()
    {
        var (queries, error) = BatchFileReader.Read("# 各机关培训\r\n培训 agency:洪泽\r\n\r\n\"政策解读\" year:2023..2024\n  \n政务新媒体\n", "q.txt", 100);
        error.ShouldBeNull();
        queries.Select(q => (q.Line, q.Spec.Query)).ShouldBe([(2, "培训 agency:洪泽"), (4, "\"政策解读\" year:2023..2024"), (6, "政务新媒体")]);
        queries.ShouldAllBe(q => q.Spec.Filters.Count == 0 && q.Label == null);
    }

    [Fact]
    public void A_csv_file_has_a_query_column_filter_columns_and_a_label()
    {
        const string csv = "\uFEFFlabel,q,agency,year,theme\r\n洪泽,培训,淮安市洪泽区人民政府,2023,training\r\n\"平潭, 全区\",\"\"\"依申请公开\"\" OR 政府信息\",,2020..2022,\r\n,,,,\r\n空,,,2024,\r\n";
        var (queries, error) = BatchFileReader.Read(csv, "agencies.CSV", 100);
        error.ShouldBeNull();
        queries.Count.ShouldBe(3);
        queries[0].Label.ShouldBe("洪泽");
        queries[0].Spec.Query.ShouldBe("培训");
        queries[0].Spec.ToQueryString().ShouldBe("q=%E5%9F%B9%E8%AE%AD&agency=%E6%B7%AE%E5%AE%89%E5%B8%82%E6%B4%AA%E6%B3%BD%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C&year=2023&theme=training");
        queries[1].Label.ShouldBe("平潭, 全区");
        queries[1].Spec.Query.ShouldBe("\"依申请公开\" OR 政府信息");
        queries[1].Spec.DescribeFilters().ShouldBe("year=2020..2022");
        queries[1].Line.ShouldBe(3);
        queries[2].Spec.Query.ShouldBe(""); // filters alone: every section of 2024
        queries[2].Line.ShouldBe(5);
    }

    [Fact]
    public void A_csv_without_a_query_header_is_read_from_its_first_column()
    {
        var (queries, _) = BatchFileReader.Read("培训,x\n政策解读\n", "list.csv", 100);
        queries.Select(q => q.Spec.Query).ShouldBe(["培训", "政策解读"]);
        var (_, error) = BatchFileReader.Read("agency,year\n淮安,2023\n", "list.csv", 100);
        error!.Kind.ShouldBe(BatchFileError.NoQueryColumn);
    }

    [Fact]
    public void Empty_oversized_and_binary_batches_are_refused_whole()
    {
        BatchFileReader.Read("# only a comment\n\n", "q.txt", 10).Error!.Kind.ShouldBe(BatchFileError.EmptyBatch);
        BatchFileReader.Read(string.Join('\n', Enumerable.Range(1, 11).Select(i => "q" + i)), "q.txt", 10).Error!.Kind.ShouldBe(BatchFileError.TooManyQueries);
        BatchFileReader.Read(Encoding.GetEncoding("utf-16").GetBytes("培训\n"), "q.txt", 10).Error!.Kind.ShouldBe(BatchFileError.NotText);
        BatchFileReader.Read([0xD5, 0xFE, 0xB8, 0xAE], "gbk.txt", 10).Error!.Kind.ShouldBe(BatchFileError.NotText); // 政府 in GBK
    }
}
