using SearchMining.Analysis.Jieba;
using SearchMining.Mining.Features;

namespace SearchMining.Cli.Commands;

/// <summary>Builds the mining services the theme commands share.</summary>
internal static class MiningServices
{
    public static IStatementTokenizer CreateTokenizer() => new JiebaStatementTokenizer(JiebaSegmenter.CreateDefault());

    public static StatementRowFactory CreateRowFactory() => new(CreateTokenizer());
}
