namespace Graph.Store.Neo4j;

/// <summary>
/// One Cypher statement and its parameters. Parameter values are .NET values: null, bool, int/long,
/// double, string, DateOnly, DateTimeOffset, lists (IEnumerable) and maps (IDictionary&lt;string, object?&gt;).
/// </summary>
public sealed record CypherQuery(string Statement, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherQuery(string statement) : this(statement, new Dictionary<string, object?>()) { }
}

/// <summary>
/// The rows a statement returned, values mapped back to .NET: null, bool, long, double, string,
/// DateOnly (Date), DateTimeOffset (DateTime / OffsetDateTime / ZonedDateTime), List&lt;object?&gt;,
/// Dictionary&lt;string, object?&gt; (maps, and nodes/relationships as their properties).
/// </summary>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static readonly CypherResult Empty = new([], []);
}

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

/// <summary>An error Neo4j reported (its status code, such as Neo.ClientError.Schema.ConstraintValidationFailed) or could not be reached.</summary>
public sealed class Neo4jException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Neo4j's status code, or one of ours for transport failures (see <see cref="Codes"/>).</summary>
    public string Code { get; } = code;

    /// <summary>Worth trying again: Neo4j's transient errors, and a connection that was refused before
    /// anything was sent. A timeout is not: the statement may have run.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) || Code is Codes.Unavailable;

    public static class Codes
    {
        /// <summary>Connection refused or the host not found: nothing reached Neo4j.</summary>
        public const string Unavailable = "Graph.Transport.Unavailable";
        public const string Timeout = "Graph.Transport.Timeout";
        public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
        public const string ConstraintViolation = "Neo.ClientError.Schema.ConstraintValidationFailed";
    }
}
