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
