using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// A part of the database rebuilt after a bulk load, built in a file of its own beside the database, on a second connection and
/// thread, while the load's connection writes and then rebuilds the indexes: SQLite writes a file from one thread, and the text
/// index and the statement links cost as much to rebuild as the indexes do. <see cref="CopyAsync"/> then copies its tables (in key order,
/// and whole when the table in the database is empty, so the copy appends) into the database.
/// </summary>
internal sealed class BesideBuild : IAsyncDisposable
{
    /// <summary>The schema name the file is attached under, on both connections.</summary>
    public const string Name = "beside";

    private readonly string path;
    private readonly IReadOnlyList<string> tables;
    private readonly Task build;

    private BesideBuild(string path, IReadOnlyList<string> tables, Task build)
    {
        this.path = path;
        this.tables = tables;
        this.build = build;
    }

    /// <summary>
    /// Starts <paramref name="fill"/>, which creates <paramref name="tables"/> under <see cref="Name"/> and fills them from the
    /// committed statements (as they are committed: <see cref="StatementFollow"/>), in a file named
    /// for <paramref name="part"/>.
    /// </summary>
    public static BesideBuild Start(SqliteDatabase database, string part, IReadOnlyList<string> tables,
        Func<SqliteConnection, CancellationToken, Task> fill, CancellationToken ct)
    {
        var path = $"{database.Path}-{part}";
        File.Delete(path); // left by a load that was killed
        return new BesideBuild(path, tables, Task.Run(() => BuildAsync(database, path, fill, ct), ct));
    }

    /// <summary>
    /// Never an IMMEDIATE transaction: it would take the database's write lock, which the load's connection holds; a deferred one
    /// (or an autocommit statement) that writes only the file beside takes that file's lock. Reading the statements takes a
    /// snapshot of the database, not a lock. The file needs no journal: it is thrown away if anything fails.
    /// </summary>
    private static async Task BuildAsync(SqliteDatabase database, string path, Func<SqliteConnection, CancellationToken, Task> fill,
        CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct, interrupt: false);
        await AttachAsync(connection, path, ct);
        try
        {
            // The statements are read once, in order: a pooled connection may still have a load's large cache (BulkMode.Pragmas),
            // which would keep every page of them in memory beside the build's own.
            await SqliteDatabase.ExecuteAsync(connection, null, $"""
                PRAGMA main.cache_size = -2000;
                PRAGMA {Name}.journal_mode = OFF;
                PRAGMA {Name}.synchronous = OFF;
                """, ct);
            await fill(connection, ct);
        }
        finally
        {
            await DetachAsync(connection);
        }
    }

    /// <summary>
    /// Once the build is done: attaches its file (SQLite attaches outside a transaction only), replaces the database's tables
    /// with its own and runs <paramref name="alongside"/> in the same transaction, then lets the file go.
    /// </summary>
    public async Task CopyAsync(SqliteConnection connection, Func<SqliteTransaction, Task> alongside, CancellationToken ct)
    {
        await build;
        await AttachAsync(connection, path, ct);
        try
        {
            await using var tx = connection.BeginTransaction(deferred: false);
            foreach (var table in tables)
                await SqliteDatabase.ExecuteAsync(connection, tx, $"DELETE FROM main.{table}; INSERT INTO main.{table} SELECT * FROM {Name}.{table};", ct);
            await alongside(tx);
            await tx.CommitAsync(ct);
        }
        finally
        {
            await DetachAsync(connection);
        }
    }

    /// <summary>Outside a transaction: the connection goes back to the pool as it came.</summary>
    private static Task DetachAsync(SqliteConnection connection) =>
        SqliteDatabase.ExecuteAsync(connection, null, $"DETACH DATABASE {Name};", CancellationToken.None);

    private static Task AttachAsync(SqliteConnection connection, string path, CancellationToken ct) =>
        SqliteDatabase.ExecuteAsync(connection, null, $"ATTACH DATABASE $path AS {Name};", ct, ("$path", path));

    /// <summary>Waits for the build (whatever became of it: a failure that matters reached <see cref="CopyAsync"/>) and deletes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await build;
        }
        catch (Exception e) when (e is SqliteException or OperationCanceledException)
        {
        }
        File.Delete(path);
    }
}
