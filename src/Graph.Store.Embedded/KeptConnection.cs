using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// A read connection kept open between reads with the statements it has prepared: SQLite compiles a statement in about
/// as long as a small read takes to run, and a pooled connection handed back to Microsoft.Data.Sqlite forgets them.
/// </summary>
internal sealed class KeptConnection(string connectionString) : InterruptibleConnection(connectionString)
{
    /// <summary>At most this many statements are kept; the filters make a bounded but not tiny set of texts.</summary>
    private const int MaxPrepared = 128;

    private readonly Dictionary<string, KeptCommand> prepared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeptStatement> statements = new(StringComparer.Ordinal);
    private bool closing;

    /// <summary>The command for this text, prepared once on this connection, given the transaction and a fresh set of parameters.</summary>
    public SqliteCommand Command(SqliteTransaction? tx, string sql)
    {
        if (!prepared.TryGetValue(sql, out var command))
        {
            if (prepared.Count >= MaxPrepared) DisposeCommands();
            prepared[sql] = command = new KeptCommand(this, sql);
        }
        command.Transaction = tx;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>
    /// The rows of one statement, prepared once on this connection and stepped by the store itself. Reads with a bound LIMIT
    /// use this rather than <see cref="Command"/>, which binds every parameter on each call (see <see cref="KeptStatement"/>).
    /// </summary>
    public List<T> Rows<T>(string sql, Func<Row, T> read, (string Name, object? Value)[] args, CancellationToken ct)
    {
        if (!statements.TryGetValue(sql, out var statement))
        {
            if (statements.Count >= MaxPrepared) DisposeCommands();
            statements[sql] = statement = new KeptStatement(Handle!, sql);
        }
        return statement.Rows(read, args, ct);
    }

    /// <summary>How many times SQLite has compiled this kept statement again; null when the connection keeps none with this text (for tests).</summary>
    public int? Recompilations(string sql) => statements.TryGetValue(sql, out var statement) ? statement.Recompilations : null;

    protected override void Dispose(bool disposing)
    {
        if (disposing) DisposeCommands();
        base.Dispose(disposing);
    }

    private void DisposeCommands()
    {
        closing = true;
        foreach (var command in prepared.Values) command.Dispose();
        prepared.Clear();
        foreach (var statement in statements.Values) statement.Dispose();
        statements.Clear();
        closing = false;
    }

    /// <summary>A command whose statements outlive the `using` of each read; they go when the connection drops them.</summary>
    private sealed class KeptCommand : SqliteCommand
    {
        private readonly KeptConnection owner;

        public KeptCommand(KeptConnection owner, string sql) : base(sql, owner) => this.owner = owner;

        protected override void Dispose(bool disposing)
        {
            if (owner.closing) base.Dispose(disposing);
        }
    }
}
