using Graph.Core;
using Graph.Store.Embedded;

namespace Graph.Store.Tests;

/// <summary>
/// The embedded store's <see cref="IDataVersion"/> (<see cref="DataVersionWatch"/>): it stands while nothing is written and
/// moves on every committed write, the store's own or another connection's to the same file.
/// </summary>
public sealed class DataVersionTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-store-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteGraphStore store;

    public DataVersionTests()
    {
        Directory.CreateDirectory(folder);
        store = new SqliteGraphStore(Path.Combine(folder, "graph.db"));
    }

    public void Dispose()
    {
        store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private long Version() => ((IDataVersion)store).Current() ?? throw new InvalidOperationException("The embedded store always knows its version.");

    private static CreateActor State(string id) => new(new Actor(id, ActorKind.State, id, [], null));

    [Fact]
    public async Task It_stands_while_only_reads_happen()
    {
        await store.InitializeAsync();
        var before = Version();
        await store.GetActorsAsync(["japan"]);
        await store.FindActorsAsync(new ActorFilter(), new PageRequest(10, null));
        Assert.Equal(before, Version());
        Assert.Equal(before, Version());
    }

    [Fact]
    public async Task It_moves_on_the_stores_own_write()
    {
        await store.InitializeAsync();
        var before = Version();
        await store.ApplyAsync([State("first")]);
        var after = Version();
        Assert.NotEqual(before, after);
        await store.ApplyAsync([State("second")]);
        Assert.NotEqual(after, Version());
    }

    [Fact]
    public async Task It_moves_on_another_connections_write_to_the_file()
    {
        await store.InitializeAsync();
        var before = Version();
        using (var other = new SqliteGraphStore(store.Database.Path))
            await other.ApplyAsync([State("elsewhere")]);
        Assert.NotEqual(before, Version());
    }

    [Fact]
    public async Task It_never_comes_back_to_a_number_it_gave_after_the_connections_are_let_go()
    {
        await store.InitializeAsync();
        var seen = new HashSet<long> { Version() };
        store.Database.ReleasePool();
        await store.ApplyAsync([State("after-release")]);
        Assert.True(seen.Add(Version()));
    }
}
