using System.Diagnostics;
using System.Globalization;
using Graph.Core;
using Graph.Core.Seed;
using Graph.Store.Embedded;

namespace Graph.Cli;

/// <summary>
/// `graph load`: a dataset into an embedded database file, in transactions of a fixed number of writes.
/// The writes are the dataset's own (<see cref="Dataset.ToWrites"/>): every create skips an id already
/// stored and draft history and relations are recorded at most once, so an interrupted load (killed,
/// power cut) leaves whole batches only, and running it again completes it without duplicating anything.
/// The last batch records the dataset's fingerprint (<see cref="Seeder.MarkerKey"/>), so a finished load
/// is recognised and the API does not seed the same dataset again.
/// A dataset with many statements is loaded in the store's bulk mode (<see cref="SqliteGraphStore.BeginBulkLoadAsync"/>):
/// the text index, the statement links and the statements' and positions' secondary indexes are rebuilt once at the end instead of row by row; a load
/// killed before the end leaves that to the next open of the file, which rebuilds them.
/// </summary>
public static class BulkLoad
{
    public const int DefaultBatchSize = 500;

    /// <summary>From this many statements, rebuilding the indexes once costs less than keeping them up to date row by row.</summary>
    public const int BulkModeStatements = 20_000;

    /// <summary>Progress lines start with this, then "B/TOTAL committed: writes FIRST-LAST of ALL".</summary>
    public const string BatchLinePrefix = "batch ";

    public static async Task<int> RunAsync(string datasetPath, string databasePath, int batchSize, TextWriter output, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var clock = Stopwatch.StartNew();
        var dataset = DatasetFile.Read(datasetPath);
        using var store = new SqliteGraphStore(databasePath);
        await store.InitializeAsync(ct);
        var fullPath = Path.GetFullPath(databasePath);
        var key = Seeder.MarkerKey(dataset);
        if (await store.GetMarkerAsync(key, ct) == dataset.Fingerprint)
        {
            output.WriteLine($"'{dataset.Name}' ({datasetPath}) is already loaded in {fullPath}; nothing to do.");
            return 0;
        }

        var writes = dataset.ToWrites();
        var batches = Math.Max(1, (writes.Count + batchSize - 1) / batchSize);
        output.WriteLine($"loading '{dataset.Name}': {writes.Count} writes into {fullPath}, {batches} batch(es) of at most {batchSize}");
        var bulk = writes.Count(w => w is CreateStatement) >= BulkModeStatements;
        if (bulk) await store.BeginBulkLoadAsync(ct);
        try
        {
            for (var b = 0; b < batches; b++)
            {
                var first = b * batchSize;
                var batch = writes.Skip(first).Take(batchSize).ToList();
                if (b == batches - 1) batch.Add(new SetMarker(key, dataset.Fingerprint));
                try
                {
                    await store.ApplyAsync(batch, ct);
                }
                catch (GraphException e)
                {
                    Console.Error.WriteLine($"graph: batch {b + 1}/{batches} was not committed ({e.Code}): {e.Message}");
                    Console.Error.WriteLine($"graph: batches 1-{b} are committed; run the same command again to complete the load.");
                    return 1;
                }
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{BatchLinePrefix}{b + 1}/{batches} committed: writes {first + 1}-{first + batch.Count(w => w is not SetMarker)} of {writes.Count} ({clock.Elapsed.TotalSeconds:0.0} s)"));
            }
        }
        finally
        {
            // Also after a failed batch: what was committed is then searchable.
            if (bulk) await store.EndBulkLoadAsync(CancellationToken.None);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded '{dataset.Name}' into {fullPath}: {writes.Count} writes in {batches} batch(es), {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
