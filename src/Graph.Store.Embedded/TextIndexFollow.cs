using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// A bulk load's text index, built beside the database (<see cref="BesideBuild"/>) while the load goes on: the load's writes
/// keep one core busy and leave the other mostly idle, and tokenising every statement at the end competed with the index
/// rebuild for both. It indexes the statements committed so far, in chunks of at least <see cref="chunkRows"/> (FTS5 writes a
/// segment per transaction, and a few large segments cost less to merge than many small ones), and what is left once the load
/// has ended. Statements are only ever inserted, each with a seq above every committed one, so a chunk is the rows above the
/// last chunk's end.
/// </summary>
internal sealed class TextIndexFollow : IAsyncDisposable
{
    public const long DefaultChunkRows = 100_000;

    private const string Table = $"{BesideBuild.Name}.statement_fts";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    private readonly long chunkRows;
    private readonly TaskCompletionSource loadEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();
    private readonly BesideBuild build;
    private long indexedThrough;
    private int chunks;

    public TextIndexFollow(SqliteDatabase database, long chunkRows)
    {
        this.chunkRows = chunkRows;
        build = BesideBuild.Start(database, "text-index", TextIndexBuild.ShadowTables, FollowAsync, stop.Token);
    }

    /// <summary>The seq through which committed statements are in the index (tests).</summary>
    public long IndexedThrough => Interlocked.Read(ref indexedThrough);

    /// <summary>How many chunks the index was written in (tests).</summary>
    public int Chunks => Volatile.Read(ref chunks);

    /// <summary>The load's last write is committed: what is left is indexed now, while the load's connection rebuilds the indexes.</summary>
    public void LoadEnded() => loadEnded.TrySetResult();

    /// <inheritdoc cref="BesideBuild.CopyAsync"/>
    public Task CopyAsync(SqliteConnection connection, Func<SqliteTransaction, Task> alongside, CancellationToken ct) =>
        build.CopyAsync(connection, alongside, ct);

    private async Task FollowAsync(SqliteConnection connection, CancellationToken ct)
    {
        await SqliteDatabase.ExecuteAsync(connection, null,
            $"CREATE VIRTUAL TABLE {Table} USING fts5({Schema.TextIndexOptions});" + TextIndexBuild.LargeHash(Table), ct);
        while (true)
        {
            // Read before the last seq: once the load has ended, every statement it wrote is committed.
            var ending = loadEnded.Task.IsCompleted;
            var done = IndexedThrough;
            var last = (long)(await SqliteDatabase.ScalarAsync(connection, null, "SELECT coalesce(max(seq), 0) FROM main.statement;", ct))!;
            if (last - done >= chunkRows || (ending && last > done))
            {
                await SqliteDatabase.ExecuteAsync(connection, null,
                    $"INSERT INTO {Table}(rowid, text) SELECT seq, text FROM main.statement WHERE seq > $done AND seq <= $last ORDER BY seq;",
                    ct, ("$done", done), ("$last", last));
                Interlocked.Exchange(ref indexedThrough, last);
                Interlocked.Increment(ref chunks);
            }
            if (ending) break;
            await Task.WhenAny(loadEnded.Task, Task.Delay(Poll, ct));
            ct.ThrowIfCancellationRequested();
        }
        // One segment, as a rebuild in one go makes, for searches to read.
        if (Chunks > 1) await SqliteDatabase.ExecuteAsync(connection, null, $"INSERT INTO {Table}(statement_fts) VALUES ('optimize');", ct);
        await SqliteDatabase.ExecuteAsync(connection, null, TextIndexBuild.DefaultHash(Table), ct);
    }

    /// <summary>Stops following (a load that never ended) or waits for the end of the build, and deletes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!loadEnded.Task.IsCompleted) await stop.CancelAsync();
        await build.DisposeAsync();
        stop.Dispose();
    }
}
