namespace Graph.Store.Neo4j;

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
