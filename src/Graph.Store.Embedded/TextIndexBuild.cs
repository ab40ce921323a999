using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// The text index rebuilt after a bulk load. Tokenising every statement is one of the rebuild's largest costs, so a load builds it
/// beside the database as it goes (<see cref="TextIndexFollow"/>) and its tables are copied in: FTS5's shadow tables, in key order.
/// A load that never ended gets FTS5's 'rebuild' in place on the next start (<see cref="RebuildInPlaceAsync"/>); the two give the
/// same matches, and the same bytes when the follower indexed the load in one chunk.
/// </summary>
internal static class TextIndexBuild
{
    public static readonly string[] ShadowTables = ["statement_fts_data", "statement_fts_idx", "statement_fts_docsize", "statement_fts_config"];

    /// <summary>
    /// FTS5 keeps new terms in memory up to 'hashsize' bytes (1 MB by default) before writing a segment and merging; a rebuild
    /// gets 128 MB (about 40% faster at 1M statements), ordinary writes the default again (<see cref="DefaultHash"/>, set last, so
    /// it is stored).
    /// </summary>
    public static string LargeHash(string table) => $"INSERT INTO {table}(statement_fts, rank) VALUES ('hashsize', {128 << 20});";

    public static string DefaultHash(string table) => $"INSERT INTO {table}(statement_fts, rank) VALUES ('hashsize', {1 << 20});";

    public static Task RebuildInPlaceAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct) =>
        SqliteDatabase.ExecuteAsync(connection, tx,
            LargeHash("statement_fts") + "INSERT INTO statement_fts(statement_fts) VALUES ('rebuild');" + DefaultHash("statement_fts"), ct);
}
