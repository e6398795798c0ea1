using System.CommandLine;
using SearchMining.Cli.Elasticsearch;
using SearchMining.Corpus;

namespace SearchMining.Cli.Commands;

/// <summary>
/// <c>searchmining export --elasticsearch DIR</c>: the index as an Elasticsearch/OpenSearch create-index body and bulk
/// NDJSON files (docs/SCALING.md). Opens the index read-only, so it runs beside the service.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var indexPath = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => CorpusOptions.DefaultIndexPath };
        var elasticsearch = new Option<string?>("--elasticsearch") { Description = "Folder to write index.json (settings + mapping, Chinese text with the smartcn analyzer) and sections-NNNNN.ndjson (bulk files) to." };
        var command = new Command("export", "Export every indexed section and subsection, with its themes, kinds and failed checks, for a distributed engine.");
        command.Options.Add(indexPath);
        command.Options.Add(elasticsearch);
        command.SetAction(result =>
        {
            if (result.GetValue(elasticsearch) is not { Length: > 0 } folder)
            {
                Console.Error.WriteLine("Say where to: --elasticsearch DIR.");
                return 2;
            }
            // read-only: no writer lock, so it works while the service (or an index run) writes
            using var corpus = ReadOnlyCorpus.Open(result.GetValue(indexPath)!);
            if (corpus is null) return 3;
            var target = Path.GetFullPath(folder);
            var (documents, files) = ElasticsearchExport.Write(corpus.Index, target);
            Console.WriteLine($"Wrote {ElasticsearchExport.IndexFile} and {files.Count} bulk file(s) with {documents} section documents to {target}.");
            Console.WriteLine($"Load: curl -XPUT localhost:9200/{ElasticsearchMapping.IndexName} -H 'Content-Type: application/json' --data-binary @{ElasticsearchExport.IndexFile}");
            Console.WriteLine($"      for f in {ElasticsearchExport.BulkPrefix}*.ndjson; do curl -XPOST localhost:9200/_bulk -H 'Content-Type: application/x-ndjson' --data-binary @$f; done");
            return 0;
        });
        return command;
    }
}
