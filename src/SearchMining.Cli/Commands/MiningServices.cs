using SearchMining.Mining.Features;

namespace SearchMining.Cli.Commands;

/// <summary>Builds the mining services the theme commands share.</summary>
internal static class MiningServices
{
    public static StatementRowFactory CreateRowFactory() => new(new CharacterBigramTokenizer());
}
