using Graph.Core;
using Graph.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests;

/// <summary>The store contract against the SQLite store, each test in a fresh temporary folder.</summary>
public sealed class EmbeddedStoreContract : StoreContract
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-store-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteGraphStore> opened = [];

    // A folder that does not exist yet: InitializeAsync must create it.
    private string DatabasePath => Path.Combine(folder, "data", "graph.db");

    protected override Task<IGraphStore> CreateStoreAsync() => OpenAsync();

    protected override Task<IGraphStore> ReopenStoreAsync() => OpenAsync();

    private async Task<IGraphStore> OpenAsync()
    {
        var store = new SqliteGraphStore(DatabasePath);
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

    [Fact]
    public async Task Initializing_twice_keeps_the_data()
    {
        await Store.ApplyAsync([new CreateActor(State("japan", "Japan"))]);
        await Store.InitializeAsync();
        Assert.Single(await Store.GetActorsAsync(["japan"]));
        Assert.True(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task The_file_is_in_wal_mode_with_a_schema_version()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
        command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version';";
        Assert.Equal("2", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_file_made_before_extractions_gets_their_table_on_open()
    {
        await Store.ApplyAsync([new CreateActor(State("japan", "Japan")), new CreateSource(Src("report-1"))]);
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE extraction;";
            await command.ExecuteNonQueryAsync();
        }
        var reopened = await ReopenStoreAsync();
        var mention = new Extraction("japan", "report-1", 0, 5, "Japan", 1, "test-rule", false);
        await reopened.ApplyAsync([new RecordExtraction(mention)]);
        Assert.Equal([mention], await reopened.GetExtractionsAsync(new ExtractionFilter(SubjectIds: ["japan"])));
    }

    [Fact]
    public async Task An_unreachable_file_is_reported_not_thrown()
    {
        var blocker = Path.Combine(folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "");
        using var store = new SqliteGraphStore(Path.Combine(blocker, "graph.db"));
        Assert.False(await store.IsReachableAsync());
    }

    [Theory]
    [InlineData("reform", "\"reform\"")]
    [InlineData("  Veto, power! ", "\"Veto\" \"power\"")]
    [InlineData("a\" OR \"b", "\"a\" \"OR\" \"b\"")]
    [InlineData("NEAR(x y)", "\"NEAR\" \"x\" \"y\"")]
    [InlineData("*", null)]
    [InlineData("", null)]
    [InlineData("日本の立場", "\"日本の立場\"")]
    public void Search_words_become_quoted_fts_strings(string search, string? expected) =>
        Assert.Equal(expected, SqliteGraphStore.MatchExpression(search));
}
