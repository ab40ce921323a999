using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// A part of the database that a bulk load leaves to be rebuilt (the text index, the statement links), built beside it
/// (<see cref="BesideBuild"/>) while the load goes on: the load's writes keep one core busy and leave the other mostly idle, and
/// reading every statement at the end competed with the index rebuild for both. It takes the statements committed so far, in
/// chunks of at least <see cref="chunkRows"/>, and what is left once the load has ended. Statements are only ever inserted, each
/// with a seq above every committed one and with its about-list in the same transaction, so a chunk is the rows above the last
/// chunk's end.
/// </summary>
internal sealed class StatementFollow : IAsyncDisposable
{
    public const long DefaultChunkRows = 100_000;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    private readonly long chunkRows;
    private readonly Steps steps;
    private readonly TaskCompletionSource loadEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();
    private readonly BesideBuild build;
    private long followedThrough;
    private int chunks;

    /// <summary>
    /// What a follower does on its connection, with the file beside attached as <see cref="BesideBuild.Name"/>: create its tables,
    /// take the statements with seq in (after, through], and finish once every chunk is taken (told how many there were).
    /// </summary>
    public sealed record Steps(
        Func<SqliteConnection, CancellationToken, Task> Begin,
        Func<SqliteConnection, long, long, CancellationToken, Task> Chunk,
        Func<SqliteConnection, int, CancellationToken, Task> End);

    public StatementFollow(SqliteDatabase database, string part, IReadOnlyList<string> tables, long chunkRows, Steps steps)
    {
        this.chunkRows = chunkRows;
        this.steps = steps;
        build = BesideBuild.Start(database, part, tables, FollowAsync, stop.Token);
    }

    /// <summary>The seq through which committed statements have been taken (tests).</summary>
    public long FollowedThrough => Interlocked.Read(ref followedThrough);

    /// <summary>How many chunks the statements were taken in (tests).</summary>
    public int Chunks => Volatile.Read(ref chunks);

    /// <summary>The load's last write is committed: what is left is taken now, while the load's connection rebuilds the indexes.</summary>
    public void LoadEnded() => loadEnded.TrySetResult();

    /// <inheritdoc cref="BesideBuild.CopyAsync"/>
    public Task CopyAsync(SqliteConnection connection, Func<SqliteTransaction, Task> alongside, CancellationToken ct) =>
        build.CopyAsync(connection, alongside, ct);

    private async Task FollowAsync(SqliteConnection connection, CancellationToken ct)
    {
        await steps.Begin(connection, ct);
        while (true)
        {
            // Read before the last seq: once the load has ended, every statement it wrote is committed.
            var ending = loadEnded.Task.IsCompleted;
            var done = FollowedThrough;
            var last = (long)(await SqliteDatabase.ScalarAsync(connection, null, "SELECT coalesce(max(seq), 0) FROM main.statement;", ct))!;
            if (last - done >= chunkRows || (ending && last > done))
            {
                await steps.Chunk(connection, done, last, ct);
                Interlocked.Exchange(ref followedThrough, last);
                Interlocked.Increment(ref chunks);
            }
            if (ending) break;
            await Task.WhenAny(loadEnded.Task, Task.Delay(Poll, ct));
            ct.ThrowIfCancellationRequested();
        }
        await steps.End(connection, Chunks, ct);
    }

    /// <summary>Stops following (a load that never ended) or waits for the end of the build, and deletes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!loadEnded.Task.IsCompleted) await stop.CancelAsync();
        await build.DisposeAsync();
        stop.Dispose();
    }
}
