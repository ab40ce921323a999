using Graph.Core;
using Graph.Api.Extensions;
using Graph.Store.Embedded;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>Each store answers draft filters natively (Neo4j in Cypher, the embedded store in SQL): no generic scan is composed for either.</summary>
public sealed class StoreCompositionTests
{
    private static async Task<(IDraftFinder Finder, IGraphStore Store)> ComposeAsync(GraphSettings settings)
    {
        var services = new ServiceCollection().AddSingleton(settings).AddGraphStore().BuildServiceProvider();
        var composed = (services.GetRequiredService<IDraftFinder>(), services.GetRequiredService<IGraphStore>());
        await services.DisposeAsync();
        return composed;
    }

    [Fact]
    public async Task Neo4j_answers_draft_filters_by_its_own_cypher_and_the_embedded_store_by_its_own_sql()
    {
        // Nothing is asked of Neo4j here: the address is never called.
        var neo4j = await ComposeAsync(new GraphSettings(StoreKind.Neo4j, "unused.db", new QueryApiOptions(new Uri("http://localhost:9")), null));
        Assert.IsType<Neo4jGraphStore>(neo4j.Store);
        Assert.Same(neo4j.Store, neo4j.Finder);

        var folder = Path.Combine(Path.GetTempPath(), "graph-composition-tests", Guid.NewGuid().ToString("N"));
        var embedded = await ComposeAsync(new GraphSettings(StoreKind.Embedded, Path.Combine(folder, "graph.db"), null, null));
        Assert.IsType<SqliteGraphStore>(embedded.Finder);
        Assert.Same(embedded.Store, embedded.Finder);
    }

    [Fact]
    public async Task Neo4j_answers_actor_filters_by_the_generic_scan_and_the_embedded_store_by_its_own_sql()
    {
        static async Task<(IActorFinder Finder, IGraphStore Store)> Compose(GraphSettings settings)
        {
            var services = new ServiceCollection().AddSingleton(settings).AddGraphStore().BuildServiceProvider();
            var composed = (services.GetRequiredService<IActorFinder>(), services.GetRequiredService<IGraphStore>());
            await services.DisposeAsync();
            return composed;
        }
        var neo4j = await Compose(new GraphSettings(StoreKind.Neo4j, "unused.db", new QueryApiOptions(new Uri("http://localhost:9")), null));
        Assert.IsType<ActorScan>(neo4j.Finder);
        var folder = Path.Combine(Path.GetTempPath(), "graph-composition-tests", Guid.NewGuid().ToString("N"));
        var embedded = await Compose(new GraphSettings(StoreKind.Embedded, Path.Combine(folder, "graph.db"), null, null));
        Assert.Same(embedded.Store, embedded.Finder);
    }

    [Fact]
    public async Task Neo4j_answers_statement_filters_by_the_generic_scan_and_the_embedded_store_by_its_own_sql()
    {
        static async Task<Type> ComposedAsync(GraphSettings settings)
        {
            await using var services = new ServiceCollection().AddSingleton(settings).AddGraphStore().BuildServiceProvider();
            return services.GetRequiredService<IStatementFinder>().GetType();
        }
        Assert.Equal(typeof(StatementScan), await ComposedAsync(new GraphSettings(StoreKind.Neo4j, "unused.db", new QueryApiOptions(new Uri("http://localhost:9")), null)));
        var folder = Path.Combine(Path.GetTempPath(), "graph-composition-tests", Guid.NewGuid().ToString("N"));
        Assert.Equal(typeof(SqliteGraphStore), await ComposedAsync(new GraphSettings(StoreKind.Embedded, Path.Combine(folder, "graph.db"), null, null)));
    }
}
