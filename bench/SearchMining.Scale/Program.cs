using System.CommandLine;
using SearchMining.Scale;
using SearchMining.Scale.Commands;

var repo = RepoPaths.Find();
var root = new RootCommand("SearchMining scale benchmarks (issue 18): synthetic corpora, the CLI ingest and the service under load. See docs/BENCHMARKS.md.");
root.Subcommands.Add(GenerateCommand.Create(repo));
root.Subcommands.Add(RunCommand.Create(repo));
root.Subcommands.Add(ProfileCommand.Create(repo));
root.Subcommands.Add(SearchCostCommand.Create(repo));
root.Subcommands.Add(SearchStagesCommand.Create(repo));
root.Subcommands.Add(SearchLoadCommand.Create(repo));
root.Subcommands.Add(ViewsCostCommand.Create(repo));
root.Subcommands.Add(ResolveCostCommand.Create());
root.Subcommands.Add(YearsCostCommand.Create(repo));
root.Subcommands.Add(TraceIngestCommand.Create(repo));
root.Subcommands.Add(IngestStagesCommand.Create(repo));
root.Subcommands.Add(SubsectionCompareCommand.Create(repo));
return await root.Parse(args).InvokeAsync();
