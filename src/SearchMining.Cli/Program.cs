using System.CommandLine;
using SearchMining.Cli.Commands;

var root = new RootCommand("SearchMining: full-text search and text mining over 政府信息公开工作年度报告.");
// One file per command under Commands/; register each here.
root.Subcommands.Add(VersionCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(TuneCommand.Create());
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(BatchCommand.Create());
root.Subcommands.Add(EvalRelevanceCommand.Create());
root.Subcommands.Add(SegmentCommand.Create());
root.Subcommands.Add(SegmentEvalCommand.Create());
root.Subcommands.Add(ClassifyCommand.Create());
root.Subcommands.Add(LabelCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(AgenciesCommand.Create());
return await root.Parse(args).InvokeAsync();
