using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// The text index rebuilt after a bulk load. Tokenising every statement is the largest single cost of the rebuild, and SQLite
/// writes a file from one thread, so <see cref="Start"/> builds the index in a file of its own beside the database, on a second
/// connection and thread, while the load's connection rebuilds the other indexes; <see cref="CopyAsync"/> then copies its tables
/// (FTS5's shadow tables, in key order, so the copy appends) into the database. The same rows in the same order
/// with the same settings make the same bytes as FTS5's 'rebuild' in place (<see cref="RebuildInPlaceAsync"/>, which a load
/// that never ended gets on the next start).
/// </summary>
internal sealed class TextIndexBuild : IAsyncDisposable
{
    /// <summary>The schema name the file is attached under, on both connections.</summary>
    private const string Beside = "text_index_build";

    private static readonly string[] ShadowTables = ["statement_fts_data", "statement_fts_idx", "statement_fts_docsize", "statement_fts_config"];

    /// <summary>
    /// FTS5 keeps new terms in memory up to 'hashsize' bytes (1 MB by default) before writing a segment and merging; the
    /// rebuild gets 128 MB (about 40% faster at 1M statements), ordinary writes the default again (set last, so it is stored).
    /// </summary>
    private static string Rebuild(string table, string fill) => $"""
        INSERT INTO {table}(statement_fts, rank) VALUES ('hashsize', {128 << 20});
        {fill}
        INSERT INTO {table}(statement_fts, rank) VALUES ('hashsize', {1 << 20});
        """;

    private readonly string path;
    private readonly Task build;

    private TextIndexBuild(string path, Task build)
    {
        this.path = path;
        this.build = build;
    }

    public static Task RebuildInPlaceAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct) =>
        SqliteDatabase.ExecuteAsync(connection, tx, Rebuild("statement_fts", "INSERT INTO statement_fts(statement_fts) VALUES ('rebuild');"), ct);

    /// <summary>Starts building the index from the statements committed so far (a bulk load's are all committed when it ends).</summary>
    public static TextIndexBuild Start(SqliteDatabase database, CancellationToken ct)
    {
        var path = database.Path + "-text-index";
        File.Delete(path); // left by a load that was killed
        return new TextIndexBuild(path, Task.Run(() => BuildAsync(database, path, ct), ct));
    }

    /// <summary>
    /// Autocommit statements, never a transaction begun up front: an IMMEDIATE one would take the database's write lock, which
    /// the load's connection holds. Reading the statements takes a snapshot of the database, not a lock. The file needs no journal:
    /// it is thrown away if anything fails.
    /// </summary>
    private static async Task BuildAsync(SqliteDatabase database, string path, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct, interrupt: false);
        await AttachAsync(connection, path, ct);
        try
        {
            // The statements are read once, in order: a pooled connection may still have a load's large cache (Pragmas), which
            // would keep every page of them in memory beside the rebuild's own.
            await SqliteDatabase.ExecuteAsync(connection, null, $"""
                PRAGMA main.cache_size = -2000;
                PRAGMA {Beside}.journal_mode = OFF;
                PRAGMA {Beside}.synchronous = OFF;
                CREATE VIRTUAL TABLE {Beside}.statement_fts USING fts5({Schema.TextIndexOptions});
                """ + Rebuild($"{Beside}.statement_fts", $"INSERT INTO {Beside}.statement_fts(rowid, text) SELECT seq, text FROM main.statement ORDER BY seq;"),
                ct);
        }
        finally
        {
            await DetachAsync(connection);
        }
    }

    /// <summary>
    /// Once the build is done: attaches its file (SQLite attaches outside a transaction only), replaces the database's text index
    /// with it and runs <paramref name="alongside"/> in the same transaction, then lets the file go.
    /// </summary>
    public async Task CopyAsync(SqliteConnection connection, Func<SqliteTransaction, Task> alongside, CancellationToken ct)
    {
        await build;
        await AttachAsync(connection, path, ct);
        try
        {
            await using var tx = connection.BeginTransaction(deferred: false);
            foreach (var table in ShadowTables)
                await SqliteDatabase.ExecuteAsync(connection, tx, $"DELETE FROM main.{table}; INSERT INTO main.{table} SELECT * FROM {Beside}.{table};", ct);
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
        SqliteDatabase.ExecuteAsync(connection, null, $"DETACH DATABASE {Beside};", CancellationToken.None);

    private static Task AttachAsync(SqliteConnection connection, string path, CancellationToken ct) =>
        SqliteDatabase.ExecuteAsync(connection, null, $"ATTACH DATABASE $path AS {Beside};", ct, ("$path", path));

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
