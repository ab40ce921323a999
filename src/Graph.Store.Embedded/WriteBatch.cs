using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// The commands of one transaction, one per SQL text, prepared on first use and reused for every later write
/// of the same kind: building and preparing a command per row cost more than running it.
/// </summary>
internal sealed class WriteBatch(SqliteTransaction tx) : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = [];

    public SqliteTransaction Transaction => tx;

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

    /// <summary>Synchronous inside: Microsoft.Data.Sqlite runs its async calls synchronously anyway, and a bulk load makes millions.</summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] args)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Command(sql, args).ExecuteNonQuery());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values) await command.DisposeAsync();
    }
}
