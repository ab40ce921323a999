using Graph.Core;
using Graph.Ingest;
using Graph.Store.Embedded;

namespace Graph.Cli;

/// <summary>
/// `graph ingest PATH...`: reads report files and folders into the embedded database, report by
/// report, each in one transaction. A report that cannot be read is skipped with its reason and the
/// batch goes on; the summary lists what was skipped, and the exit code is 1 if anything was.
/// </summary>
internal static class IngestCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, string database, ReportMetadata defaults, TextWriter output)
    {
        using var store = new SqliteGraphStore(database);
        await store.InitializeAsync();
        var ingestor = new Ingestor(store, Lexicon.Load());
        var skipped = new List<string>();
        int added = 0, unchanged = 0;
        foreach (var path in paths)
        {
            IReadOnlyList<string> files;
            try { files = ReportReader.Files(path); }
            catch (ReportException e) { skipped.Add(e.Message); continue; }
            foreach (var file in files)
            {
                try
                {
                    var report = await ReportReader.ReadFileAsync(file, defaults);
                    var result = await ingestor.IngestAsync(report);
                    if (result.AlreadyIngested)
                    {
                        unchanged++;
                        output.WriteLine($"{file}: already ingested as {result.SourceId}; nothing added");
                        continue;
                    }
                    added++;
                    output.WriteLine($"{file}: source {result.SourceId}: {result.Mentions} mentions, {result.Statements.Created} statements, " +
                        $"{result.Positions.Created} new positions, {result.Positions.Confirmed} confirmed, {result.ActorsAdded} actors added");
                    foreach (var note in result.Notes) output.WriteLine($"  note: {note}");
                }
                catch (Exception e) when (e is ReportException or GraphException or IOException or UnauthorizedAccessException)
                {
                    skipped.Add(e is ReportException ? e.Message : $"{file}: {e.Message}");
                }
            }
        }
        output.WriteLine($"{added} reports ingested, {unchanged} already present, {skipped.Count} skipped");
        foreach (var reason in skipped) output.WriteLine($"  skipped {reason}");
        return skipped.Count == 0 ? 0 : 1;
    }
}
