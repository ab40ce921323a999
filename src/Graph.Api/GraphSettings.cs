namespace Graph.Api;

/// <summary>
/// Where the embedded database lives and which dataset seeds it. Configuration keys
/// Graph:Database and Graph:Seed (environment: Graph__Database, Graph__Seed); an empty Seed
/// starts with an empty graph. A relative database path is taken from the content root: the
/// project folder under `dotnet run --project src/Graph.Api`, the working directory otherwise.
/// </summary>
public sealed record GraphSettings(string DatabasePath, string? SeedPath)
{
    public const string DefaultDataset = "north-korea-sanctions-2006.json";

    public static GraphSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var database = configuration["Graph:Database"] is { Length: > 0 } db ? db : Path.Combine("data", "graph.db");
        var seed = configuration["Graph:Seed"] ?? Path.Combine(AppContext.BaseDirectory, "seed", DefaultDataset);
        return new GraphSettings(Path.GetFullPath(database, environment.ContentRootPath), seed.Length == 0 ? null : Path.GetFullPath(seed));
    }
}
