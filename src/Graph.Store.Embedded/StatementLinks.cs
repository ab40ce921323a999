using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>
/// statement_link rebuilt from the statements: each pair of nodes some statement joins (its speaker and its about-targets,
/// each with each, both ways round) with the least such statement id, as the trigger <see cref="Schema.StatementLinkTriggers"/>
/// keeps it row by row. A bulk load builds it beside the database as the load goes (<see cref="Follow"/>); a load that never
/// ended, and the migration that added the table, rebuild it in place (<see cref="RebuildAsync"/>).
/// </summary>
internal static class StatementLinks
{
    public static async Task RebuildAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await SqliteDatabase.ExecuteAsync(connection, tx, "DELETE FROM statement_link;", ct);
        var table = new StatementLinkTable();
        await table.ReadAsync(connection, tx, 0, long.MaxValue, ct);
        table.Insert(connection, "main", ct);
        await MarkAsync(connection, tx, ct);
    }

    /// <summary>
    /// Takes the pairs of the statements committed so far in chunks (<see cref="StatementFollow"/>) and writes the table into a
    /// file beside the database once the load has ended; its copy's transaction takes <see cref="MarkAsync"/> too.
    /// </summary>
    public static StatementFollow Follow(SqliteDatabase database, long chunkRows)
    {
        var table = new StatementLinkTable();
        return new StatementFollow(database, "statement-links", ["statement_link"], chunkRows, new StatementFollow.Steps(
            Begin: (connection, ct) => SqliteDatabase.ExecuteAsync(connection, null,
                $"CREATE TABLE {BesideBuild.Name}.statement_link{Schema.StatementLinkColumns};", ct),
            Chunk: (connection, after, through, ct) => table.ReadAsync(connection, null, after, through, ct),
            End: async (connection, _, ct) =>
            {
                // Deferred, as BesideBuild's builds must be.
                await using var tx = connection.BeginTransaction(deferred: true);
                table.Insert(connection, BesideBuild.Name, ct);
                await tx.CommitAsync(ct);
            }));
    }

    /// <summary>Whether some statement is about a statement, which path search asks before stepping over statements' links.</summary>
    public static Task MarkAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct) =>
        SqliteDatabase.ExecuteAsync(connection, tx, """
            DELETE FROM meta WHERE key = 'statement_about_statement';
            INSERT INTO meta(key, value) SELECT 'statement_about_statement', '1'
            WHERE EXISTS (SELECT 1 FROM statement_about a JOIN node n ON n.id = a.target_id WHERE n.label = 'STATEMENT');
            """, ct);
}
