using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// The commands of one transaction, one per SQL text, prepared on first use and reused for every later write
/// of the same kind: building and preparing a command per row cost more than running it.
/// </summary>
internal sealed class WriteBatch(SqliteTransaction tx) : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = [];
    private readonly Dictionary<string, PreparedWrite> writes = [];
    private readonly ParameterBinding.Buffer buffer = new();

    public SqliteTransaction Transaction => tx;

    /// <summary>A command for a read in the transaction (a lookup before a write, a refusal's wording).</summary>
    public SqliteCommand Command(string sql, params (string Name, object? Value)[] args)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            commands[sql] = command = SqliteDatabase.Command(tx.Connection!, tx, sql, args);
            return command;
        }
        for (var i = 0; i < args.Length; i++) command.Parameters[i].Value = args[i].Value ?? DBNull.Value;
        return command;
    }

    /// <summary>
    /// Runs a write and returns the rows it changed, through <see cref="PreparedWrite"/> rather than a command: a bulk load makes
    /// millions. Synchronous inside: Microsoft.Data.Sqlite runs its async calls synchronously anyway.
    /// </summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] args)
    {
        ct.ThrowIfCancellationRequested();
        if (!writes.TryGetValue(sql, out var write))
            writes[sql] = write = PreparedWrite.Prepare(tx.Connection!.Handle!, sql, args);
        return Task.FromResult(write.Run(args, buffer));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var write in writes.Values) write.Dispose();
        foreach (var command in commands.Values) await command.DisposeAsync();
    }
}
