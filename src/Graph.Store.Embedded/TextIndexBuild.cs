using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// The text index rebuilt after a bulk load. Tokenising every statement is one of the rebuild's largest costs, so it is built
/// beside the database (<see cref="BesideBuild"/>) and its tables are copied in: FTS5's shadow tables, in key order. The same rows
/// in the same order with the same settings make the same bytes as FTS5's 'rebuild' in place (<see cref="RebuildInPlaceAsync"/>,
/// which a load that never ended gets on the next start).
/// </summary>
internal static class TextIndexBuild
{
    private static readonly string[] ShadowTables = ["statement_fts_data", "statement_fts_idx", "statement_fts_docsize", "statement_fts_config"];

    /// <summary>
    /// FTS5 keeps new terms in memory up to 'hashsize' bytes (1 MB by default) before writing a segment and merging; the
    /// rebuild gets 128 MB (about 40% faster at 1M statements), ordinary writes the default again (set last, so it is stored).
    /// </summary>
    private static string Rebuild(string table, string fill) => $"""
        INSERT INTO {table}(statement_fts, rank) VALUES ('hashsize', {128 << 20});
        {fill}
        INSERT INTO {table}(statement_fts, rank) VALUES ('hashsize', {1 << 20});
        """;

    public static Task RebuildInPlaceAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct) =>
        SqliteDatabase.ExecuteAsync(connection, tx, Rebuild("statement_fts", "INSERT INTO statement_fts(statement_fts) VALUES ('rebuild');"), ct);

    public static BesideBuild Start(SqliteDatabase database, CancellationToken ct) =>
        BesideBuild.Start(database, "text-index", ShadowTables, (connection, token) => SqliteDatabase.ExecuteAsync(connection, null,
            $"CREATE VIRTUAL TABLE {BesideBuild.Name}.statement_fts USING fts5({Schema.TextIndexOptions});" + Rebuild($"{BesideBuild.Name}.statement_fts",
                $"INSERT INTO {BesideBuild.Name}.statement_fts(rowid, text) SELECT seq, text FROM main.statement ORDER BY seq;"), token), ct);
}
