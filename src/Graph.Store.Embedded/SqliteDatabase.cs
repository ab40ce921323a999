using System.Collections.Concurrent;
using System.Text;
using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// The one way every part of the store reaches the file: a connection per call (where a round trip is counted), reads on
/// connections kept open with their prepared statements (<see cref="KeptConnection"/>), parameterised commands, rows read,
/// and a query SQLite stopped on cancellation ending as a cancelled call.
/// </summary>
internal sealed class SqliteDatabase
{
    /// <summary>Idle read connections kept beyond this many are closed: more reads than that at once are rare on two cores.</summary>
    private const int MaxIdleReaders = 16;

    private readonly string connectionString;
    private readonly ConcurrentBag<KeptConnection> idleReaders = [];
    private int generation;

    /// <summary>
    /// SQLite in multi-thread mode rather than serialized: every connection here is used by one caller at a time (a read
    /// takes one of its own, the writer holds its own), so SQLite's per-connection mutex, taken and released around every
    /// column a reader reads, guards nothing. Set once, before the first connection opens; if SQLite already started in
    /// this process (a connection opened elsewhere first), it stays serialized, which is as correct, only slower.
    /// </summary>
    static SqliteDatabase()
    {
        SQLitePCL.Batteries_V2.Init();
        _ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MULTITHREAD);
    }

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true, // PRAGMA foreign_keys=ON on every connection
            Pooling = true,
        }.ToString();
    }

    /// <summary>The file, as a full path (the store's messages name it).</summary>
    public string Path { get; }

    /// <summary>
    /// Opens a pooled connection; each store call opens one, so this is where a round trip is counted. A read's connection
    /// stops the statement it runs when <paramref name="ct"/> is cancelled (the read must then be <see cref="Cancellable{T}"/>);
    /// writes and set-up are not interrupted (they look at the token between statements).
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct, bool interrupt = true)
    {
        RoundTrips.Record();
        var connection = new InterruptibleConnection(connectionString);
        await OpenAsync(connection, ct);
        if (interrupt && ct.CanBeCanceled) connection.InterruptOn(ct);
        return connection;
    }

    private static async Task OpenAsync(InterruptibleConnection connection, CancellationToken ct)
    {
        try
        {
            // Name searches: a case-folded substring test done in .NET. SQLite's LIKE folds ASCII only,
            // stops at U+0000 and reads U+FFFE/U+FFFF as U+FFFD; text handed over as bytes (a BLOB) arrives whole.
            connection.CreateFunction("contains_folded", (byte[]? text, byte[] needle) =>
                text is not null && Encoding.UTF8.GetString(text).ToLowerInvariant().Contains(Encoding.UTF8.GetString(needle), StringComparison.Ordinal),
                isDeterministic: true);
            await connection.OpenAsync(ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A kept read connection (one round trip), interrupted when <paramref name="ct"/> is cancelled.</summary>
    private async Task<(KeptConnection Connection, int Generation)> TakeReaderAsync(CancellationToken ct)
    {
        RoundTrips.Record();
        var generationTaken = Volatile.Read(ref generation);
        if (!idleReaders.TryTake(out var connection))
        {
            connection = new KeptConnection(connectionString);
            await OpenAsync(connection, ct);
        }
        if (ct.CanBeCanceled) connection.InterruptOn(ct);
        return (connection, generationTaken);
    }

    private void GiveBack(KeptConnection connection, int generationTaken)
    {
        connection.StopInterrupting();
        // A connection from before ReleasePool, or one a failure left outside a clean state, is closed instead.
        if (generationTaken == Volatile.Read(ref generation) && connection.State == System.Data.ConnectionState.Open && idleReaders.Count < MaxIdleReaders)
            idleReaders.Add(connection);
        else
            connection.Dispose();
    }

    /// <summary>Moves each time <see cref="ReleasePool"/> lets the connections go, so that one kept elsewhere knows to reopen.</summary>
    public int Generation => Volatile.Read(ref generation);

    /// <summary>A connection of its own for <see cref="DataVersionWatch"/>, which only reads the file's header.</summary>
    public KeptConnection OpenWatch()
    {
        var connection = new KeptConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Lets go of the pooled connections to this file (so it can be moved or deleted, or their caches freed).</summary>
    public void ReleasePool()
    {
        Interlocked.Increment(ref generation);
        while (idleReaders.TryTake(out var kept)) kept.Dispose();
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>A read that SQLite stopped because <paramref name="ct"/> was cancelled ends as any cancelled call does.</summary>
    public static async Task<T> Cancellable<T>(Task<T> read, CancellationToken ct)
    {
        try
        {
            return await read;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_INTERRUPT && ct.IsCancellationRequested)
        {
            throw new OperationCanceledException("The store's query was interrupted: the call was cancelled.", e, ct);
        }
    }

    /// <summary>A read of its own connection, made <see cref="Cancellable{T}"/>.</summary>
    public Task<T> ReadAsync<T>(Func<KeptConnection, Task<T>> read, CancellationToken ct) => Cancellable(OnConnectionAsync(read, ct), ct);

    private async Task<T> OnConnectionAsync<T>(Func<KeptConnection, Task<T>> read, CancellationToken ct)
    {
        var (connection, generationTaken) = await TakeReaderAsync(ct);
        try
        {
            return await read(connection);
        }
        finally
        {
            GiveBack(connection, generationTaken);
        }
    }

    /// <summary>The rows of one query (one SQL statement) on a kept connection, stepped below Microsoft.Data.Sqlite (<see cref="KeptStatement"/>).</summary>
    public Task<List<T>> QueryAsync<T>(string sql, Func<Row, T> read, CancellationToken ct, params (string Name, object? Value)[] args) =>
        ReadAsync(connection => Task.FromResult(connection.Rows(sql, read, args, ct)), ct);

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        SqliteCommand command;
        if (connection is KeptConnection kept)
            command = kept.Command(tx, sql);
        else
        {
            command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
        }
        foreach (var (name, value) in args) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct,
        params (string Name, object? Value)[] args)
    {
        await using var command = Command(connection, tx, sql, args);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct,
        params (string Name, object? Value)[] args)
    {
        await using var command = Command(connection, tx, sql, args);
        return await command.ExecuteScalarAsync(ct);
    }

    /// <summary>Every row of the command's (next) result set.</summary>
    public static async Task<List<T>> RowsAsync<T>(SqliteCommand command, Func<Row, T> read, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await RowsAsync(reader, read, ct);
    }

    /// <summary>Every row of the reader's current result set.</summary>
    public static async Task<List<T>> RowsAsync<T>(SqliteDataReader reader, Func<Row, T> read, CancellationToken ct)
    {
        var rows = new List<T>();
        var row = new ReaderRow(reader);
        while (await reader.ReadAsync(ct)) rows.Add(read(row));
        return rows;
    }

    /// <summary>
    /// A count and the rows of a page (how every page is read): two kept statements on the connection, in the caller's
    /// read transaction so that both come from one snapshot.
    /// </summary>
    public static (int Total, List<T> Items) CountAndRows<T>(KeptConnection connection, string countSql, string rowsSql, Func<Row, T> read,
        (string Name, object? Value)[] args, CancellationToken ct)
    {
        var total = connection.Rows(countSql, r => r.GetInt32(0), args, ct)[0];
        return (total, connection.Rows(rowsSql, read, args, ct));
    }
}

/// <summary>SQL conditions (constant text) and the parameters they name, gathered filter by filter.</summary>
internal sealed class SqlWhere
{
    public List<string> Parts { get; } = [];
    public List<(string Name, object? Value)> Args { get; } = [];

    public void Add(string condition, string? name = null, object? value = null)
    {
        Parts.Add(condition);
        if (name is not null) Args.Add((name, value));
    }

    public string Sql => Rows.All(Parts);
}
