using Graph.Core;
using Graph.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests;

/// <summary>
/// The embedded store on a file it cannot use: refused with one line naming the file and the cause; and on a database
/// damaged mid-file (quick_check at start): it says so, and still reads what is intact.
/// </summary>
public sealed class DamagedFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graph-damaged-").FullName;
    private string DatabasePath => Path.Combine(folder, "graph.db");

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A sound database of a few hundred statements, over many pages, closed and checkpointed into the one file.</summary>
    private async Task CreateDatabaseAsync()
    {
        using (var store = new SqliteGraphStore(DatabasePath))
        {
            await store.InitializeAsync();
            var day = new DateOnly(2006, 7, 8);
            await store.ApplyAsync([
                new CreateActor(new Actor("japan", ActorKind.State, "Japan", [], null)),
                new CreateSource(new Source("report-1", SourceKind.Report, "Report", null, day, null, null)),
                .. Enumerable.Range(0, 600).Select(i => (GraphWrite)new CreateStatement(new Statement($"s-{i}", "japan", day, null,
                    StatementKind.Quote, $"Statement {i} on the draft resolution and its sanctions, said at length.", "report-1", null, null, []))),
            ]);
        }
        await ExecuteAsync("PRAGMA journal_mode=DELETE;"); // folds the WAL back in: the damage below is the whole story
    }

    private async Task<object?> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await ExecuteAsync(sql));

    /// <summary>Overwrites page <paramref name="page"/> (1-based) with random bytes, from <paramref name="offset"/> within it.</summary>
    private async Task OverwritePageAsync(long page, int offset = 0)
    {
        var size = await ScalarAsync("PRAGMA page_size;");
        await using var file = File.OpenWrite(DatabasePath);
        file.Position = (page - 1) * size + offset;
        var noise = new byte[size - offset];
        new Random(7).NextBytes(noise);
        await file.WriteAsync(noise);
    }

    private async Task<StoreUnusableException> RefusedAsync()
    {
        using var store = new SqliteGraphStore(DatabasePath);
        var e = await Assert.ThrowsAsync<StoreUnusableException>(() => store.InitializeAsync());
        Assert.StartsWith($"{DatabasePath}: ", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        return e;
    }

    [Fact]
    public async Task Random_bytes_are_refused_as_not_a_database()
    {
        var noise = new byte[64 * 1024];
        new Random(1).NextBytes(noise);
        await File.WriteAllBytesAsync(DatabasePath, noise);
        Assert.Contains("is not a SQLite database", (await RefusedAsync()).Message);
    }

    [Fact]
    public async Task A_folder_in_place_of_the_file_is_refused()
    {
        Directory.CreateDirectory(DatabasePath);
        Assert.Contains("is a folder, not a database file", (await RefusedAsync()).Message);
    }

    [Fact]
    public async Task A_damaged_first_page_is_refused_as_corrupt()
    {
        await CreateDatabaseAsync();
        await OverwritePageAsync(1, offset: 100); // the header stays; the schema's page after it does not
        Assert.Contains("is corrupt", (await RefusedAsync()).Message);
    }

    [Fact]
    public async Task A_schema_newer_than_this_build_is_refused()
    {
        await CreateDatabaseAsync();
        await ExecuteAsync("UPDATE meta SET value = '99' WHERE key = 'schema_version';");
        Assert.Contains("has schema version 99", (await RefusedAsync()).Message);
    }

    [Fact]
    public async Task A_page_damaged_mid_file_is_found_at_start_and_reported_while_the_rest_reads()
    {
        await CreateDatabaseAsync();
        var statementRoot = await ScalarAsync("SELECT rootpage FROM sqlite_schema WHERE name = 'statement';");
        Assert.InRange(statementRoot, 3, await ScalarAsync("PRAGMA page_count;") - 1);
        await OverwritePageAsync(statementRoot);

        using var store = new SqliteGraphStore(DatabasePath);
        var e = await Assert.ThrowsAsync<StoreCorruptException>(() => store.InitializeAsync());
        Assert.StartsWith($"{DatabasePath}: the database is corrupt (PRAGMA quick_check: ", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Equal(StoreHealth.Corrupt, await store.CheckHealthAsync());
        Assert.Equal("Japan", Assert.Single(await store.GetActorsAsync(["japan"])).Name);
    }

    [Fact]
    public async Task A_sound_file_is_ready()
    {
        await CreateDatabaseAsync();
        using var store = new SqliteGraphStore(DatabasePath);
        await store.InitializeAsync();
        Assert.Equal(StoreHealth.Ready, await store.CheckHealthAsync());
    }
}
