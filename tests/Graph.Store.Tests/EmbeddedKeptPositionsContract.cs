using Graph.Core;
using Graph.Store.Embedded;

namespace Graph.Store.Tests;

/// <summary>
/// The store contract against the SQLite store with its kept positions read at once whenever they are not current, so every
/// count over the position row alone is answered from memory (<c>KeptPositions</c>), never by SQL as it may be at first.
/// </summary>
public sealed class EmbeddedKeptPositionsContract : StoreContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-store-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteGraphStore> opened = [];

    private string DatabasePath => Path.Combine(folder, "graph.db");

    protected override Task<IGraphStore> CreateStoreAsync() => OpenAsync();

    protected override Task<IGraphStore> ReopenStoreAsync() => OpenAsync();

    private async Task<IGraphStore> OpenAsync()
    {
        var store = new SqliteGraphStore(DatabasePath) { ReadKeptPositionsInline = true };
        opened.Add(store);
        await store.InitializeAsync();
        return store;
    }

    protected override Task CleanUpAsync()
    {
        foreach (var store in opened) store.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
