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
        // Each port the services ask for is the store's own: both stores answer every one natively (draft, actor and statement
        // filters in SQL and in Cypher). A store without a native traversal, agreement count or filter would register
        // EdgeScanTraversal, FactScanAlignment, DraftScan, ActorScan or StatementScan here instead, where the slow path shows.
        services.AddSingleton<IGraphLifecycle>(Store).AddSingleton<INodeReader>(Store).AddSingleton<IDraftFinder>(Store)
            .AddSingleton<IActorFinder>(Store).AddSingleton<IStatementFinder>(Store)
            .AddSingleton<IFactReader>(Store).AddSingleton<IEdgeReader>(Store).AddSingleton<IGraphTraversal>(Store)
            .AddSingleton<IAlignmentInput>(Store).AddSingleton<IGraphWriter>(Store);
        // Answers are reused while the store has not changed (AnswerCache): the embedded store can tell; Neo4j has no cheap
        // mark of a commit, so with it every query runs.
        services.AddSingleton<IDataVersion>(services => Store(services) is SqliteGraphStore embedded ? embedded : UnknownDataVersion.Instance);
        services.AddSingleton<StoreStartup>();
        return services.AddHostedService(services => services.GetRequiredService<StoreStartup>());
    }

    private static IGraphStore Store(IServiceProvider services) => services.GetRequiredService<IGraphStore>();

    private static SqliteGraphStore EmbeddedStore(string path) => new(path);

    private static Neo4jGraphStore Neo4jStore(QueryApiOptions options) =>
        new(new QueryApiTransport(options), new CypherStatements(CypherStatements.DefaultFolder));
}
