using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>Opening the file: its mode, its check at start, its schema (<see cref="Migrations"/>); readiness and markers.</summary>
internal sealed class SqliteLifecycle(SqliteDatabase database) : IGraphLifecycle
{
    // What quick_check found at start, if anything: the readiness check says "corrupt" from then on.
    private string? damage;

    private string Path => database.Path;

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var connection = await database.OpenAsync(ct, interrupt: false);
            // WAL is a property of the file, so setting it once here holds for every later connection.
            await SqliteDatabase.ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", ct);
            if (await QuickCheckAsync(connection, ct) is { } found)
            {
                // Nothing is written to a damaged file (no migration, no rebuild); reads go on with what is intact.
                damage = found;
                throw new StoreCorruptException($"{Path}: the database is corrupt (PRAGMA quick_check: {found}); " +
                    "restore it from a backup, or move it away to start afresh.");
            }
            await Migrations.CreateOrUpgradeAsync(connection, Path, ct);
        }
        catch (SqliteException e)
        {
            throw new StoreUnusableException($"{Path}: {Cause(e)} ({OneLine(e.Message).TrimEnd('.')}).", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not StoreUnusableException)
        {
            throw new StoreUnusableException($"{Path}: cannot be created or opened ({OneLine(e.Message).TrimEnd('.')}).", e);
        }
    }

    /// <summary>The first errors quick_check finds, joined on one line, or null for a sound file. It reads every page once,
    /// but skips the index-to-table cross-checks of integrity_check, which cost far more on a large file.</summary>
    private static async Task<string?> QuickCheckAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = SqliteDatabase.Command(connection, null, "PRAGMA quick_check(3);");
        var found = await SqliteDatabase.RowsAsync(command, r => OneLine(r.GetString(0).Replace("*** in database main ***", "")), ct);
        return found is ["ok"] ? null : string.Join("; ", found);
    }

    /// <summary>What a failure to open or prepare the file means, in words a user can act on.</summary>
    private string Cause(SqliteException e) => e.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_NOTADB => "is not a SQLite database; give the graph's database file, or move this one away",
        SQLitePCL.raw.SQLITE_CORRUPT => "the database is corrupt where it must be read to open it; restore it from a backup, or move it away",
        SQLitePCL.raw.SQLITE_READONLY => "is read-only, but the API writes to it; make it and its folder writable by the user the API runs as",
        SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_PERM when Directory.Exists(Path) => "is a folder, not a database file",
        SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_PERM =>
            "cannot be opened for reading and writing; check that it and its folder are readable and writable by the user the API runs as",
        _ => "cannot be used",
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken ct = default)
    {
        if (damage is not null) return StoreHealth.Corrupt;
        try
        {
            await using var connection = await database.OpenAsync(ct, interrupt: false);
            return await SqliteDatabase.ScalarAsync(connection, null, "SELECT 1;", ct) is 1L ? StoreHealth.Ready : StoreHealth.Unreachable;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return StoreHealth.Unreachable;
        }
    }

    public async Task<string?> GetMarkerAsync(string key, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct, interrupt: false); // one row by key
        return (string?)await SqliteDatabase.ScalarAsync(connection, null, "SELECT value FROM marker WHERE key = $key;", ct, ("$key", key));
    }
}
