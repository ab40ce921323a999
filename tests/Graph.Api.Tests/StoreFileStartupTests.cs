using System.Net;
using System.Net.Http.Json;
using System.Runtime.Versioning;
using System.Text.Json;
using Graph.Core.Seed;
using Graph.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace Graph.Api.Tests;

/// <summary>
/// The API process started on a database file it cannot use ends with one line naming the file and the cause, and a
/// non-zero exit code; on a database damaged mid-file it starts, says "corrupt" on /ready, and reads what is intact.
/// </summary>
// Read-only and unreadable files are made with Unix file modes (File.SetUnixFileMode), which Windows does not have.
[UnsupportedOSPlatform("windows")]
public sealed class StoreFileStartupTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graph-api-file-").FullName;
    private string DatabasePath => Path.Combine(folder, "graph.db");

    public void Dispose()
    {
        if (File.Exists(DatabasePath)) File.SetUnixFileMode(DatabasePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The seed graph in a file of its own, closed and folded out of WAL, so damage done to the file is all there is.</summary>
    private async Task CreateSeededDatabaseAsync()
    {
        using (var store = new SqliteGraphStore(DatabasePath))
        {
            await store.InitializeAsync();
            await store.ApplyAsync(Dataset.Load(Path.Combine(AppContext.BaseDirectory, "seed", GraphSettings.DefaultDataset)).ToWrites());
        }
        await ExecuteAsync("PRAGMA journal_mode=DELETE;");
    }

    private async Task<object?> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private async Task OverwritePageAsync(long page, int offset = 0)
    {
        const int pageSize = 4096;
        Assert.Equal((long)pageSize, await ExecuteAsync("PRAGMA page_size;"));
        var noise = new byte[pageSize - offset];
        new Random(11).NextBytes(noise);
        await using var file = File.OpenWrite(DatabasePath);
        file.Position = (page - 1) * pageSize + offset;
        await file.WriteAsync(noise);
    }

    public static TheoryData<string, string> Unusable => new()
    {
        { "random bytes", "is not a SQLite database" },
        { "a folder", "is a folder, not a database file" },
        { "the first page overwritten", "is corrupt" },
        { "a newer schema", "has schema version 99" },
        { "read-only", "is read-only" },
        { "unreadable", "cannot be opened for reading and writing" },
    };

    [SkippableTheory]
    [MemberData(nameof(Unusable))]
    public async Task A_file_it_cannot_use_ends_the_start_with_one_line_naming_it_and_the_cause(string file, string cause)
    {
        var obeyModes = file is "read-only" or "unreadable";
        Skip.If(obeyModes && ApiProcess.IsRoot && ApiProcess.SetPriv is null, "Root ignores file modes, and setpriv is not here to drop that power.");
        switch (file)
        {
            case "random bytes":
                var noise = new byte[256 * 1024];
                new Random(3).NextBytes(noise);
                await File.WriteAllBytesAsync(DatabasePath, noise);
                break;
            case "a folder":
                Directory.CreateDirectory(DatabasePath);
                break;
            case "the first page overwritten":
                await CreateSeededDatabaseAsync();
                await OverwritePageAsync(1, offset: 100); // the header stays; the schema after it does not
                break;
            case "a newer schema":
                await CreateSeededDatabaseAsync();
                await ExecuteAsync("UPDATE meta SET value = '99' WHERE key = 'schema_version';");
                break;
            case "read-only":
                await CreateSeededDatabaseAsync();
                File.SetUnixFileMode(DatabasePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
                break;
            case "unreadable":
                await CreateSeededDatabaseAsync();
                File.SetUnixFileMode(DatabasePath, UnixFileMode.None);
                break;
        }

        using var api = ApiProcess.Start(DatabasePath, obeyFileModes: obeyModes);
        var exit = await api.ExitAsync();
        var printed = api.Lines.Where(l => l.Trim().Length > 0).ToList();
        var all = string.Join('\n', printed);
        Assert.True(exit != 0, $"exit 0:\n{all}");
        var line = Assert.Single(printed);
        Assert.Contains(DatabasePath, line);
        Assert.Contains(cause, line);
        Assert.DoesNotContain("   at ", all);
    }

    [Fact]
    public async Task A_database_damaged_mid_file_starts_says_corrupt_on_ready_and_reads_what_is_intact()
    {
        await CreateSeededDatabaseAsync();
        var statementRoot = Convert.ToInt64(await ExecuteAsync("SELECT rootpage FROM sqlite_schema WHERE name = 'statement';"));
        Assert.InRange(statementRoot, 3, Convert.ToInt64(await ExecuteAsync("PRAGMA page_count;")) - 1);
        await OverwritePageAsync(statementRoot);

        using var api = ApiProcess.Start(DatabasePath);
        using var http = await api.ClientAsync();
        using (var ready = await http.GetAsync("/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("corrupt", JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        }
        using (var health = await http.GetAsync("/health"))
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var japan = await http.PostAsJsonAsync("/graphql", new { query = "{ actor(id: \"japan\") { name } }" });
        Assert.Contains("\"Japan\"", await japan.Content.ReadAsStringAsync());

        // One clear line said so at start, naming the file and what quick_check found.
        var said = Assert.Single(api.Lines, l => l.Contains("corrupt", StringComparison.Ordinal));
        Assert.Contains($"{DatabasePath}: the database is corrupt (PRAGMA quick_check: ", said);
    }
}
