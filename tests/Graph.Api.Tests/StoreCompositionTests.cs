using Graph.Core;
using Graph.Api.Extensions;
using Graph.Store.Embedded;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>Where a store has no native draft filters, the generic scan is composed for it, visibly, at the one place stores are chosen.</summary>
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
    public async Task Neo4j_answers_draft_filters_by_the_generic_scan_and_the_embedded_store_by_its_own_sql()
    {
        // Nothing is asked of Neo4j here: the address is never called.
        var neo4j = await ComposeAsync(new GraphSettings(StoreKind.Neo4j, "unused.db", new QueryApiOptions(new Uri("http://localhost:9")), null));
        Assert.IsType<Neo4jGraphStore>(neo4j.Store);
        Assert.IsType<DraftScan>(neo4j.Finder);

        var folder = Path.Combine(Path.GetTempPath(), "graph-composition-tests", Guid.NewGuid().ToString("N"));
        var embedded = await ComposeAsync(new GraphSettings(StoreKind.Embedded, Path.Combine(folder, "graph.db"), null, null));
        Assert.IsType<SqliteGraphStore>(embedded.Finder);
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
