using SearchMining.Analysis.Evaluation;
using Shouldly;

namespace SearchMining.Analysis.Tests.Evaluation;

[Collection(JiebaCollection.Name)]
public sealed class SegmentationScorerTests(JiebaFixture fixture)
{
    [Fact]
    public void Counts_words_whose_both_boundaries_match()
    {
        var scorer = new SegmentationScorer(new HashSet<string> { "共同", "创造", "美好", "的", "新" });
        scorer.Add(["共同", "创造", "美好", "的", "新", "世纪"], ["共同", "创造", "美好", "的", "新世纪"]);
        var score = scorer.Score;
        score.ShouldBe(new SegmentationScore(Lines: 1, GoldWords: 6, PredictedWords: 5, CorrectWords: 4, OovWords: 1, CorrectOovWords: 0, MisalignedLines: 0));
        score.Precision.ShouldBe(0.8);
        score.Recall.ShouldBe(4.0 / 6);
        score.F1.ShouldBe(2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6), 1e-12);
        score.OovRecall.ShouldBe(0);
    }

    [Fact]
    public void A_shifted_boundary_makes_both_neighbours_wrong_and_character_mismatch_is_reported()
    {
        var scorer = new SegmentationScorer();
        scorer.Add(["政务", "公开", "工作"], ["政务公", "开", "工作"]);
        scorer.Add(["公开"], ["公开", "。"]);
        scorer.Score.CorrectWords.ShouldBe(2);
        scorer.Score.MisalignedLines.ShouldBe(1);
        scorer.Score.OovRecall.ShouldBe(double.NaN);
    }

    [Fact]
    public void Scores_the_segmenter_on_a_small_gold_file_of_corpus_sentences()
    {
        var gold = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.utf8");
        File.WriteAllLines(gold,
        [
            "做好  本市  政府  网站  和  政务  新媒体  检查  工作  。",
            "（  本列  数据  的  勾稽  关系  为  ：  第一  项  加  第二  项  之和  ）",
        ]);
        try
        {
            var scorer = new SegmentationScorer(new HashSet<string> { "做好", "本市", "政府", "网站", "和", "政务", "检查", "工作", "。" });
            foreach (var line in File.ReadLines(gold))
            {
                var words = SegmentationScorer.GoldWords(line);
                fixture.Real(string.Concat(words).TrimEnd('）').TrimStart('（'));
                scorer.Add(words, fixture.Strict.Cut(string.Concat(words)));
            }
            var score = scorer.Score;
            score.GoldWords.ShouldBe(25);
            // jieba: 做好|本|市政府|网站|和|政务|新|媒体|检查|工作|。 and （|本列|数据|的|勾稽|关系|为|：|第一项|加|第二项|之|和|）
            score.PredictedWords.ShouldBe(25);
            score.CorrectWords.ShouldBe(17);
            score.OovWords.ShouldBe(16);
            score.CorrectOovWords.ShouldBe(10);
        }
        finally
        {
            File.Delete(gold);
        }
    }
}
