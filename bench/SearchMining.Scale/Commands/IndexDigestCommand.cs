using System.CommandLine;
using SearchMining.Scale.Measurement;

namespace SearchMining.Scale.Commands;

/// <summary>
/// <c>index-digest --index DIR</c>: what a committed index holds (documents, stored fields, postings with positions and
/// offsets, doc values, norms; <see cref="IndexDigest"/>) and what its derived store holds (<see cref="StoreDigest"/>), as
/// lines that do not depend on segments or on the order documents were added in. Run it on two indexes and diff the
/// outputs: a speed-up of the writer must leave them equal.
/// </summary>
internal static class IndexDigestCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "A committed index folder (read-only).", Required = true };
        var command = new Command("index-digest", "Order-free digest of an index's documents, postings, doc values, norms and its derived store's rows.");
        command.Options.Add(index);
        command.SetAction(result =>
        {
            var path = result.GetValue(index)!;
            foreach (var line in IndexDigest.Read(path)) Console.WriteLine(line);
            var derived = Path.Combine(path, "derived", "derived.db");
            if (File.Exists(derived))
                foreach (var line in StoreDigest.Read(derived)) Console.WriteLine("derived " + line);
            return 0;
        });
        return command;
    }
}
