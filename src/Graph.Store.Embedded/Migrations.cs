using System.Globalization;
using Graph.Core;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>A new file gets the current schema; an older one is upgraded a version at a time; a newer or unknown one is refused.</summary>
internal static class Migrations
{
    /// <summary>What turns a file of each older version into the next one (run in order, in one transaction).</summary>
    private static readonly IReadOnlyDictionary<int, string> Steps = new Dictionary<int, string>
    {
        // 1 -> 2: an alliance may be the membership of a body (the Security Council's members).
        [1] = "ALTER TABLE alliance ADD COLUMN body_id TEXT REFERENCES actor(id);",
        // 2 -> 3: statements carry the date they are ordered by, so "newest first" walks an index instead of
        // sorting every row; the speaker index is replaced by one that ends in that order (created by Ddl).
        // The source index goes: no read looks statements up by source, and no write deletes or renames a source
        // (the only use SQLite would have for it, checking the foreign key); every insert and bulk load paid for it.
        [2] = """
            ALTER TABLE statement ADD COLUMN effective_date TEXT;
            UPDATE statement SET effective_date = COALESCE(date, (SELECT src.date FROM source src WHERE src.id = statement.source_id));
            DROP INDEX IF EXISTS statement_by_speaker;
            DROP INDEX IF EXISTS statement_by_source;
            CREATE TABLE speaker_statements(speaker_id TEXT PRIMARY KEY, statements INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO speaker_statements SELECT speaker_id, count(*) FROM statement GROUP BY speaker_id;
            """,
        // 3 -> 4: path search steps over statements by statement_link (its triggers come with Ddl; its rows are built after it).
        [3] = """
            CREATE TABLE IF NOT EXISTS statement_link(node_id TEXT NOT NULL, other_id TEXT NOT NULL, statement_id TEXT NOT NULL,
                made INTEGER NOT NULL, PRIMARY KEY(node_id, other_id)) WITHOUT ROWID;
            """,
        // 4 -> 5: the text index matches words by their English stems ("sanction" finds "sanctions"); built again from the text.
        [4] = """
            DROP TRIGGER IF EXISTS statement_fts_insert; DROP TRIGGER IF EXISTS statement_fts_delete; DROP TRIGGER IF EXISTS statement_fts_update;
            DROP TABLE IF EXISTS statement_fts;
            """ + Schema.TextIndexTable + """

            INSERT INTO statement_fts(statement_fts) VALUES ('rebuild');
            """,
        // 5 -> 6: facts and statements can be retracted (kept, never deleted); its triggers come with Ddl.
        [5] = Schema.RetractionTable,
        // 6 -> 7: a draft's subject (the actor it is about); the vote and ballot tables and the subject index come with Ddl.
        [6] = "ALTER TABLE draft ADD COLUMN subject_id TEXT REFERENCES actor(id);",
    };

    /// <summary>In one transaction: the version's steps, then the current DDL (and the statement links of a file older than version 4), then what an unfinished bulk load left to rebuild.</summary>
    public static async Task CreateOrUpgradeAsync(SqliteConnection connection, string path, CancellationToken ct)
    {
        await using var tx = connection.BeginTransaction();
        await SqliteDatabase.ExecuteAsync(connection, tx, "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;", ct);
        var linksToBuild = false;
        if (await SqliteDatabase.ScalarAsync(connection, tx, "SELECT value FROM meta WHERE key = 'schema_version';", ct) is string text)
        {
            // Steps first: the tables' DDL below may index columns an older file does not have yet.
            var stored = int.TryParse(text, out var v) ? v : -1;
            for (; stored < Schema.Version && Steps.TryGetValue(stored, out var step); stored++)
            {
                linksToBuild |= stored == 3;
                await SqliteDatabase.ExecuteAsync(connection, tx, step, ct);
                await SqliteDatabase.ExecuteAsync(connection, tx, "UPDATE meta SET value = $v WHERE key = 'schema_version';", ct, ("$v", (stored + 1).ToString(CultureInfo.InvariantCulture)));
            }
            if (stored != Schema.Version)
                throw new StoreUnusableException($"{path}: has schema version {stored}; this build reads version {Schema.Version}.");
        }
        else
        {
            await SqliteDatabase.ExecuteAsync(connection, tx, "INSERT INTO meta(key, value) VALUES ('schema_version', $v);", ct, ("$v", Schema.Version.ToString(CultureInfo.InvariantCulture)));
        }
        await SqliteDatabase.ExecuteAsync(connection, tx, Schema.Ddl, ct);
        if (linksToBuild) await StatementLinks.RebuildAsync(connection, tx, ct);
        await BulkMode.RestoreTextIndexAsync(connection, tx, ct);
        await tx.CommitAsync(ct);
    }
}
