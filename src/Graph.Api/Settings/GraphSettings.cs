using Graph.Store.Neo4j.Http;

namespace Graph.Api;

public enum StoreKind { Embedded, Neo4j }

/// <summary>
/// Which store holds the graph and which dataset seeds it.
/// - Graph:Store (Graph__Store): "embedded" (default) or "neo4j".
/// - Graph:Database: the embedded database file. A relative path is taken from the content root: the
///   project folder under `dotnet run --project src/Graph.Api`, the working directory otherwise.
/// - NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (environment or configuration): the Neo4j server.
/// - Graph:Seed: the dataset loaded at start; empty for an empty graph.
/// </summary>
public sealed record GraphSettings(StoreKind Store, string DatabasePath, QueryApiOptions? Neo4j, string? SeedPath)
{
    public const string DefaultDataset = "north-korea-sanctions-2006.json";

    /// <summary>What the API makes of the section, once <see cref="GraphOptionsValidation"/> passed it.</summary>
    public static GraphSettings From(GraphOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        var neo4j = QueryApiOptions.FromEnvironment(key => configuration[key]);
        var database = options.Database is { Length: > 0 } db ? db : Path.Combine("data", "graph.db");
        var seed = options.Seed ?? Path.Combine(AppContext.BaseDirectory, "seed", DefaultDataset);
        return new GraphSettings(options.StoreKind, Path.GetFullPath(database, environment.ContentRootPath), neo4j,
            seed.Length == 0 ? null : Path.GetFullPath(seed));
    }

    /// <summary>Where the graph lives, for people: a file path, or the Neo4j address and database (never credentials).</summary>
    public string Describe() => Store == StoreKind.Embedded
        ? $"embedded database {DatabasePath}"
        : $"Neo4j at {Neo4j!.BaseAddress} (database '{Neo4j.Database}')";
}
