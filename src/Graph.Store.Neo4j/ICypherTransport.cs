namespace Graph.Store.Neo4j;

/// <summary>
/// How the Neo4j store reaches the database: today Neo4j's HTTP Query API, tomorrow possibly a
/// Bolt driver. Both calls retry on transient errors with backoff; a unit of work is retried whole.
/// </summary>
public interface ICypherTransport : IAsyncDisposable
{
    /// <summary>Runs one statement in an implicit (auto-commit) transaction.</summary>
    Task<CypherResult> RunAsync(CypherQuery query, CancellationToken ct = default);

    /// <summary>
    /// Runs a unit of work in one explicit transaction and commits it. Any failure rolls it back;
    /// a transient failure runs the whole unit again (so the work must not have other side effects).
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default);
}

public interface ICypherTransaction
{
    Task<CypherResult> RunAsync(CypherQuery query, CancellationToken ct = default);
}
