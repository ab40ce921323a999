namespace Graph.Api;

/// <summary>
/// The section <c>Graph</c> as configured, before the API makes <see cref="GraphSettings"/> of it: which store, which
/// database file, which seed, and how logs are written. Checked at start by <see cref="GraphOptionsValidation"/>.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>"embedded" (the default) or "neo4j".</summary>
    public string? Store { get; set; }

    public string? Database { get; set; }

    /// <summary>The dataset loaded at start; unset for the one shipped with the app, empty for an empty graph.</summary>
    public string? Seed { get; set; }

    /// <summary>"plain" (the default) or "json", for one JSON object a line.</summary>
    public string? LogFormat { get; set; }

    public StoreKind StoreKind => (Store ?? "embedded").Trim().ToLowerInvariant() switch
    {
        "neo4j" => StoreKind.Neo4j,
        _ => StoreKind.Embedded,
    };

    public bool JsonLogs => string.Equals(LogFormat?.Trim(), "json", StringComparison.OrdinalIgnoreCase);
}
