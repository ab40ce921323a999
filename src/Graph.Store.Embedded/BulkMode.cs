using Microsoft.Data.Sqlite;

namespace Graph.Store.Embedded;

/// <summary>Loading many statements into a file no one else writes to, and rebuilding what that left behind.</summary>
internal sealed class BulkMode(SqliteDatabase database) : IDisposable
{
    private const string TextIndexStaleKey = "text_index_stale";

    /// <summary>
    /// A bulk load's connections keep more of the file in memory (SQLite's default cache is 2 MB), do not wait
    /// for the disk at each commit (in WAL mode, synchronous=NORMAL can lose the last batches on a power cut but
    /// never corrupts the file, and a load is run again to complete it), and copy the log into the file every
    /// 64 MB rather than every 4 MB, so pages written by many batches are copied once (the last copy happens when
    /// EndBulkLoadAsync lets the connections go), and sort in memory rather than in temporary files (the rebuild's
    /// sorts of a million rows and more).
    /// </summary>
    public const string Pragmas = "PRAGMA cache_size = -262144; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384; PRAGMA temp_store = MEMORY;";

    /// <summary>
    /// The rebuild's connection takes <see cref="Pragmas"/> with a 4 MB cache instead: SQLite's sorter keeps as many rows in
    /// memory as the cache holds before it sorts them into a run, and one run of a million rows (256 MB) sorted slower than
    /// runs of 4 MB merged.
    /// </summary>
    public const string RebuildPragmas = Pragmas + " PRAGMA cache_size = -4096;";

    private volatile bool loading;
    private StatementFollow? textIndex;
    private StatementFollow? links;

    /// <summary>Statements the text index and the links wait for before taking them during a load (<see cref="StatementFollow"/>; tests set fewer).</summary>
    public long FollowChunkRows { get; set; } = StatementFollow.DefaultChunkRows;

    /// <summary>The text index following the load under way, if any (tests).</summary>
    public StatementFollow? TextIndex => textIndex;

    /// <summary>The statement links following the load under way, if any (tests).</summary>
    public StatementFollow? Links => links;

    /// <summary>Whether a load is under way, so each write's connection takes <see cref="Pragmas"/>.</summary>
    public bool Loading => loading;

    /// <summary>
    /// Before loading many statements and positions into a file no one else writes to: the text index stops following each
    /// insert (one FTS update per row costs about as much as the row itself), nor do the speakers' statement
    /// counts nor the statement links, and the statement and position indexes whose
    /// keys arrive in random order (speaker, date, about-target; a position's actor and draft) are dropped: each batch would dirty
    /// nearly every page of them and write them all again. Inserted positions and ballots stop bumping
    /// <see cref="Schema.PositionVersionKey"/> row by row. <see cref="EndAsync"/> rebuilds all of
    /// them once, from sorted data, and bumps the version once. Until then searches (and path search's statement links) miss the statements
    /// written since, reads by speaker, date, target, actor or draft are slow, and side histories kept in memory may miss the positions
    /// written since. The file records that its text index is stale, so if the load never ends
    /// (killed, power cut) the next initialization rebuilds everything (the indexes and triggers are in
    /// <see cref="Schema.Ddl"/>, which it runs).
    /// </summary>
    public async Task BeginAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct, interrupt: false);
        await using var tx = connection.BeginTransaction(deferred: false);
        await SqliteDatabase.ExecuteAsync(connection, tx, $"""
            INSERT INTO meta(key, value) VALUES ('{TextIndexStaleKey}', '1') ON CONFLICT(key) DO NOTHING;
            DROP TRIGGER IF EXISTS statement_fts_insert;
            DROP TRIGGER IF EXISTS statement_fts_delete;
            DROP TRIGGER IF EXISTS statement_fts_update;
            DROP TRIGGER IF EXISTS speaker_statements_insert;
            DROP TRIGGER IF EXISTS speaker_statements_delete;
            DROP TRIGGER IF EXISTS speaker_statements_update;
            DROP TRIGGER IF EXISTS statement_link_insert;
            DROP INDEX IF EXISTS statement_by_speaker_date;
            DROP INDEX IF EXISTS statement_by_date;
            DROP INDEX IF EXISTS statement_about_by_target;
            DROP TRIGGER IF EXISTS position_version_insert;
            DROP TRIGGER IF EXISTS position_version_ballot;
            DROP INDEX IF EXISTS position_by_actor_covering;
            DROP INDEX IF EXISTS position_by_draft_covering;
            """, ct);
        await tx.CommitAsync(ct);
        textIndex ??= TextIndexFollow.Start(database, FollowChunkRows);
        links ??= StatementLinks.Follow(database, FollowChunkRows);
        loading = true;
    }

    /// <summary>
    /// Rebuilds the indexes from the statements, completes the text index and the statement links and makes them all follow every
    /// write again. The text index and the links have been built beside since the load began (<see cref="StatementFollow"/>), each on
    /// a connection and thread of its own, and take the last statements while this one rebuilds the indexes; each is copied in a
    /// transaction of its own: attached during the first, their files would be locked by this connection's reads of the schema,
    /// which look in every attached file. The file stays marked stale until the text index's copy commits, the last.
    /// </summary>
    public async Task EndAsync(CancellationToken ct)
    {
        loading = false;
        var text = textIndex ?? TextIndexFollow.Start(database, FollowChunkRows);
        var pairs = links ?? StatementLinks.Follow(database, FollowChunkRows);
        textIndex = null;
        links = null;
        text.LoadEnded();
        pairs.LoadEnded();
        await using (text)
        await using (pairs)
        await using (var connection = await database.OpenAsync(ct, interrupt: false))
        {
            await SqliteDatabase.ExecuteAsync(connection, null, RebuildPragmas, ct);
            await using (var tx = connection.BeginTransaction(deferred: false))
            {
                await SqliteDatabase.ExecuteAsync(connection, tx, Schema.Ddl, ct);
                await RestoreCountsAsync(connection, tx, ct);
                await tx.CommitAsync(ct);
            }
            await pairs.CopyAsync(connection, tx => StatementLinks.MarkAsync(connection, tx, ct), ct);
            await text.CopyAsync(connection, tx => MarkRestoredAsync(connection, tx, ct), ct);
        }
        // The pooled connections' large caches are let go with them.
        database.ReleasePool();
    }

    /// <summary>A load that never ended: its text index and links stop following it (the next start rebuilds them in place).</summary>
    public void Dispose()
    {
        foreach (var following in new[] { Interlocked.Exchange(ref textIndex, null), Interlocked.Exchange(ref links, null) })
            following?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>If a bulk load left the text index stale (it never ended): rebuild everything it left behind, the text index in place, and clear the mark.</summary>
    public static async Task RestoreTextIndexAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        if (await SqliteDatabase.ScalarAsync(connection, tx, $"SELECT 1 FROM meta WHERE key = '{TextIndexStaleKey}';", ct) is null) return;
        await RestoreCountsAsync(connection, tx, ct);
        await StatementLinks.RebuildAsync(connection, tx, ct);
        await TextIndexBuild.RebuildInPlaceAsync(connection, tx, ct);
        await MarkRestoredAsync(connection, tx, ct);
    }

    /// <summary>The speakers' counts and the position version, which a bulk load does not keep either (their triggers are back with the DDL).</summary>
    private static async Task RestoreCountsAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await SqliteDatabase.ExecuteAsync(connection, tx, $"""
            DELETE FROM speaker_statements;
            INSERT INTO speaker_statements(speaker_id, statements)
            SELECT speaker_id, count(*) FROM statement WHERE seq NOT IN {Schema.RetractedStatementSeqs} GROUP BY speaker_id;
            """, ct);
        // Inserted positions and ballots did not move the version that side histories kept in memory are checked against.
        await SqliteDatabase.ExecuteAsync(connection, tx, Schema.BumpPositionVersion, ct);
    }

    /// <summary>With the text index rebuilt: its triggers back, the mark cleared.</summary>
    private static async Task MarkRestoredAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await SqliteDatabase.ExecuteAsync(connection, tx, Schema.TextIndexTriggers, ct);
        await SqliteDatabase.ExecuteAsync(connection, tx, $"DELETE FROM meta WHERE key = '{TextIndexStaleKey}';", ct);
    }
}
