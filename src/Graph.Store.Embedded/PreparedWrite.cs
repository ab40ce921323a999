using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Store.Embedded;

/// <summary>
/// A write's SQL prepared once (each of its statements) on the transaction's connection, its arguments bound by position
/// through SQLitePCL.raw, under Microsoft.Data.Sqlite: a command looks each parameter up by name, binds it through its
/// SqliteParameter and opens a data reader for every run, which cost a bulk load more than SQLite's own binding. Values bind
/// as Microsoft.Data.Sqlite binds them (<see cref="ParameterBinding"/>); the rows changed are
/// counted as its ExecuteNonQuery counts them, and a failure is the SqliteException it throws.
/// </summary>
internal sealed class PreparedWrite : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt[] statements;
    // Per statement, per argument: the argument's parameter index there, 0 where that statement does not use it.
    private readonly int[][] slots;

    private PreparedWrite(sqlite3 db, sqlite3_stmt[] statements, int[][] slots)
    {
        this.db = db;
        this.statements = statements;
        this.slots = slots;
    }

    public static PreparedWrite Prepare(sqlite3 db, string sql, (string Name, object? Value)[] args)
    {
        var statements = new List<sqlite3_stmt>();
        var slots = new List<int[]>();
        try
        {
            for (var rest = sql; !string.IsNullOrWhiteSpace(rest);)
            {
                var rc = raw.sqlite3_prepare_v2(db, rest, out var statement, out rest);
                if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
                if (statement is null || statement.IsInvalid) continue; // only a comment or blanks were left
                statements.Add(statement);
                var slot = new int[args.Length];
                var bound = 0;
                for (var i = 0; i < args.Length; i++)
                    if ((slot[i] = raw.sqlite3_bind_parameter_index(statement, args[i].Name)) > 0) bound++;
                // Microsoft.Data.Sqlite refuses a parameter without a value; SQLite would bind it NULL.
                if (bound != raw.sqlite3_bind_parameter_count(statement))
                    throw new InvalidOperationException($"A parameter of this write has no value: {sql}");
                slots.Add(slot);
            }
        }
        catch
        {
            foreach (var statement in statements) statement.Dispose();
            throw;
        }
        return new PreparedWrite(db, [.. statements], [.. slots]);
    }

    /// <summary>Binds the arguments (in the order they were given to <see cref="Prepare"/>), runs each statement and returns the rows changed.</summary>
    public int Run((string Name, object? Value)[] args, ParameterBinding.Buffer buffer)
    {
        var changes = 0;
        for (var k = 0; k < statements.Length; k++)
        {
            var statement = statements[k];
            for (var i = 0; i < args.Length; i++)
                if (slots[k][i] > 0) Check(ParameterBinding.Bind(statement, slots[k][i], args[i].Name, args[i].Value, buffer));
            var rc = raw.sqlite3_step(statement);
            try
            {
                if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW)) SqliteException.ThrowExceptionForRC(rc, db);
                if (raw.sqlite3_stmt_readonly(statement) == 0) changes += raw.sqlite3_changes(db);
            }
            finally
            {
                raw.sqlite3_reset(statement);
            }
        }
        return changes;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }

    public void Dispose()
    {
        foreach (var statement in statements) statement.Dispose();
    }
}
