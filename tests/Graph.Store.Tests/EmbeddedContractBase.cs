using Graph.Core;
using Graph.Store.Embedded;

namespace Graph.Store.Tests;

/// <summary>The store contract against SQLite stores opened by <see cref="Open"/>, each test in a fresh temporary folder.</summary>
public abstract class EmbeddedContractBase : StoreContract
{
    protected readonly string folder = Path.Combine(Path.GetTempPath(), "graph-store-tests", Guid.NewGuid().ToString("N"));
    protected readonly List<SqliteGraphStore> opened = [];

    // A folder that does not exist yet: InitializeAsync must create it.
    protected string DatabasePath => Path.Combine(folder, "data", "graph.db");

    /// <summary>A store over the file, not yet initialized.</summary>
    protected virtual SqliteGraphStore Open(string path) => new(path);

    protected override Task<IGraphStore> CreateStoreAsync() => OpenAsync();

    protected override Task<IGraphStore> ReopenStoreAsync() => OpenAsync();

    protected async Task<IGraphStore> OpenAsync()
    {
        var store = Open(DatabasePath);
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
