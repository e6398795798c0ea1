using System.CommandLine;
using SearchMining.Analysis.Jieba;
using SearchMining.Corpus;
using SearchMining.Index.Analysis;
using SearchMining.Index.Storage;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// What every in-process command over an index built by <c>run</c> shares: <c>--index</c>, <c>--corpus</c> (whose manifest
/// names the agency of the query mix) and <c>--rounds</c>; opening the index with the service's analyzers; the mix; and
/// the log line stamped with the time and the machine's load. No service may hold the index while such a command runs.
/// </summary>
internal sealed class IndexMixOptions
{
    public IndexMixOptions(string roundsDescription, int defaultRounds)
    {
        Index = new Option<string>("--index") { Description = "Index folder (e.g. /work/scale-data/index-10000).", Required = true };
        Corpus = new Option<string>("--corpus") { Description = "The generated corpus it holds (its manifest names the agency of the mix).", Required = true };
        Rounds = new Option<int>("--rounds") { Description = roundsDescription, DefaultValueFactory = _ => defaultRounds };
    }

    public Option<string> Index { get; }
    public Option<string> Corpus { get; }
    public Option<int> Rounds { get; }

    /// <summary>Adds the three options (and any others of the command) to <paramref name="command"/>.</summary>
    public Command AddTo(Command command, params Option[] others)
    {
        foreach (var option in new Option[] { Index, Corpus, Rounds }.Concat(others)) command.Options.Add(option);
        return command;
    }

    public string IndexPath(ParseResult result) => result.GetValue(Index)!;

    public int RoundsOf(ParseResult result) => result.GetValue(Rounds);

    public IReadOnlyList<MixQuery> Mix(ParseResult result, RepoPaths repo) => MixQuery.LoadForCorpus(repo.QueryMix, result.GetValue(Corpus)!);

    /// <summary>Opens the index with the service's analyzers (jieba words + bigrams).</summary>
    public static ReportIndex Open(string indexPath) =>
        ReportIndex.Open(new ReportIndexOptions(indexPath, IndexAnalyzerSets.CreateJieba(JiebaSegmenter.CreateDefault())));

    /// <summary>
    /// The service's corpus options over an index built by <c>run</c>, for the in-process view commands: no bundled reports,
    /// no start-up verification, the committed model. <paramref name="readOnly"/> false opens it writable (the derived
    /// store's tables are read only then): point it at a copy.
    /// </summary>
    public static CorpusOptions CorpusOver(RepoPaths repo, string indexPath, bool readOnly) => new()
    {
        IndexPath = Path.GetFullPath(indexPath),
        ModelPath = Path.Combine(repo.Root, CorpusOptions.DefaultModelPath),
        ReadOnly = readOnly,
        IngestBundledReports = false,
        VerifyIndexOnStart = false,
    };

    /// <summary>Writes a line stamped with the time and the machine's load (figures are read beside it).</summary>
    public static void Log(string line) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss} load {MachineLoad.Now()}] {line}");
}
