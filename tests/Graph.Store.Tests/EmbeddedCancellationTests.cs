using Graph.Core;
using Graph.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests;

/// <summary>
/// A cancelled read stops inside SQLite, not after it. The slow read is a statement that is one SQLite step of minutes
/// (counting to a billion), run through the store's own connections; the store's reads around it are of a graph where
/// 2,000 states all take a side of the same ten drafts.
/// </summary>
public sealed class EmbeddedCancellationTests : IClassFixture<EmbeddedCancellationTests.Crowded>
{
    public sealed class Crowded : IAsyncLifetime
    {
        public const int States = 2_000, Drafts = 10;
        private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-store-tests", Guid.NewGuid().ToString("N"));

        public SqliteGraphStore Store { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Store = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
            await Store.InitializeAsync();
            await Store.ApplyAsync(CrowdedGraph.Writes(States, Drafts));
        }

        public Task DisposeAsync()
        {
            Store.Dispose();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        }
    }

    /// <summary>One step of SQLite that would last minutes: an aggregate yields its row only at the end.</summary>
    private const string Slow = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000) SELECT count(*) FROM n;";

    private readonly SqliteGraphStore store;

    private Task<List<long>> SlowReadAsync(CancellationToken ct) => store.Database.QueryAsync(Slow, r => r.GetInt64(0), ct);

    public EmbeddedCancellationTests(Crowded crowded) => store = crowded.Store;

    [Fact]
    public async Task A_read_cancelled_while_SQLite_runs_it_is_interrupted()
    {
        // On a busy machine the token can fire before the slow statement has begun, when there is nothing to interrupt
        // and the token is seen before the next step instead: then wait longer, until it fires inside the statement.
        for (var wait = 100; ; wait *= 2)
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(wait));
            var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SlowReadAsync(cancel.Token));
            if (e.InnerException is null && wait < 3_200) continue;
            // Interrupted inside the statement (had it run to the end, the token would have been seen between rows instead).
            Assert.Equal(SQLitePCL.raw.SQLITE_INTERRUPT, Assert.IsType<SqliteException>(e.InnerException).SqliteErrorCode);
            Assert.Equal(cancel.Token, e.CancellationToken);
            return;
        }
    }

    [Fact]
    public async Task A_connection_interrupted_before_serves_the_next_read_whole()
    {
        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50)))
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SlowReadAsync(cancel.Token));
        // The pool hands the same connection back: nothing of the interrupt is left on it.
        using var live = new CancellationTokenSource();
        var actors = await store.FindActorsAsync(new ActorFilter(ActorKind.State), new PageRequest(5, null), live.Token);
        Assert.Equal(Crowded.States, actors.TotalCount);
        var positions = await store.GetPositionsAsync(new FactFilter(ObjectIds: ["draft-1"]), null, live.Token);
        Assert.Equal(Crowded.States, positions.Count);
    }

    [Fact]
    public async Task A_read_given_a_cancelled_token_does_not_start()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetEdgesAsync(["state-1"], cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.FindStatementsAsync(new StatementFilter(Search: "veto"), new PageRequest(5, null), cancel.Token));
    }

    [Fact]
    public async Task A_search_of_too_many_words_is_refused_before_any_query()
    {
        var words = string.Join(" ", Enumerable.Range(0, 80_000).Select(i => $"w{i}"));
        var e = await Assert.ThrowsAsync<GraphException>(() => store.FindStatementsAsync(new StatementFilter(Search: words), new PageRequest(5, null)));
        Assert.Equal(ErrorCodes.BadUserInput, e.Code);
        Assert.Throws<GraphException>(() => SqliteGraphStore.MatchExpression(words));
    }
}
