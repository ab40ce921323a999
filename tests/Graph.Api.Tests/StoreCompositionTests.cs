using Graph.Core;
using Graph.Api.Extensions;
using Graph.Store.Embedded;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// Each store answers draft, actor and statement filters natively (Neo4j in Cypher, the embedded store in SQL): no generic
/// scan is composed for either.
/// </summary>
public sealed class StoreCompositionTests
{
    private static async Task<(object Finder, IGraphStore Store)> ComposeAsync(GraphSettings settings, Type port)
    {
        await using var services = new ServiceCollection().AddSingleton(settings).AddGraphStore().BuildServiceProvider();
        return (services.GetRequiredService(port), services.GetRequiredService<IGraphStore>());
    }

    [Theory]
    [InlineData(typeof(IDraftFinder))]
    [InlineData(typeof(IActorFinder))]
    [InlineData(typeof(IStatementFinder))]
    public async Task Neo4j_answers_the_filters_by_its_own_cypher_and_the_embedded_store_by_its_own_sql(Type port)
    {
        // Nothing is asked of Neo4j here: the address is never called.
        var neo4j = await ComposeAsync(new GraphSettings(StoreKind.Neo4j, "unused.db", new QueryApiOptions(new Uri("http://localhost:9")), null), port);
        Assert.IsType<Neo4jGraphStore>(neo4j.Store);
        Assert.Same(neo4j.Store, neo4j.Finder);

        var folder = Path.Combine(Path.GetTempPath(), "graph-composition-tests", Guid.NewGuid().ToString("N"));
        var embedded = await ComposeAsync(new GraphSettings(StoreKind.Embedded, Path.Combine(folder, "graph.db"), null, null), port);
        Assert.IsType<SqliteGraphStore>(embedded.Finder);
        Assert.Same(embedded.Store, embedded.Finder);
    }
}
