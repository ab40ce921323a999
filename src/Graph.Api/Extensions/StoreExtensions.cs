using Graph.Core;
using Graph.Store.Embedded;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Http;

namespace Graph.Api.Extensions;

/// <summary>Where the graph is kept: the one place the store is chosen and registered.</summary>
public static class StoreExtensions
{
    /// <summary>The store <see cref="GraphSettings"/> names, prepared (and seeded) at start by <see cref="StoreStartup"/>.</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services)
    {
        services.AddSingleton<IGraphStore>(services => services.GetRequiredService<GraphSettings>() switch
        {
            { Store: StoreKind.Neo4j, Neo4j: { } neo4j } => Neo4jStore(neo4j),
            var settings => EmbeddedStore(settings.DatabasePath),
        });
        services.AddSingleton<StoreStartup>();
        return services.AddHostedService(services => services.GetRequiredService<StoreStartup>());
    }

    private static SqliteGraphStore EmbeddedStore(string path) => new(path);

    private static Neo4jGraphStore Neo4jStore(QueryApiOptions options) =>
        new(new QueryApiTransport(options), new CypherStatements(CypherStatements.DefaultFolder));
}
