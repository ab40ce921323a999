namespace Graph.Store.Embedded;

/// <summary>
/// A bulk load's text index, built beside the database as the load goes (<see cref="StatementFollow"/>): tokenising every
/// statement at the end competed with the index rebuild for both cores. FTS5 writes a segment per chunk, and a few large
/// segments cost less to merge than many small ones, so the chunks are large and the index is optimized into one segment at the end.
/// </summary>
internal static class TextIndexFollow
{
    private const string Table = $"{BesideBuild.Name}.statement_fts";

    public static StatementFollow Start(SqliteDatabase database, long chunkRows) =>
        new(database, "text-index", TextIndexBuild.ShadowTables, chunkRows, new StatementFollow.Steps(
            Begin: (connection, ct) => SqliteDatabase.ExecuteAsync(connection, null,
                $"CREATE VIRTUAL TABLE {Table} USING fts5({Schema.TextIndexOptions});" + TextIndexBuild.LargeHash(Table), ct),
            Chunk: (connection, after, through, ct) => SqliteDatabase.ExecuteAsync(connection, null,
                $"INSERT INTO {Table}(rowid, text) SELECT seq, text FROM main.statement WHERE seq > $after AND seq <= $through ORDER BY seq;",
                ct, ("$after", after), ("$through", through)),
            End: async (connection, chunks, ct) =>
            {
                // One segment, as a rebuild in one go makes, for searches to read.
                if (chunks > 1) await SqliteDatabase.ExecuteAsync(connection, null, $"INSERT INTO {Table}(statement_fts) VALUES ('optimize');", ct);
                await SqliteDatabase.ExecuteAsync(connection, null, TextIndexBuild.DefaultHash(Table), ct);
            }));
}
