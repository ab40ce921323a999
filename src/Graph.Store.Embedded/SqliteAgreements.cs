using Graph.Core;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// The alignment's counts in one query, so only actors, drafts and pairs leave SQLite (not the 30,000 positions, with
/// their evidence, of a few states); and each actor's sides over all time, for <see cref="CachedAllTimeSides"/> to keep.
/// The side of (actor, draft) is <see cref="SqlRules.LatestSides"/>; position_sides covers every column read, in that order.
/// </summary>
internal sealed class SqliteAgreements(SqliteDatabase database) : IAlignmentInput
{
    /// <summary>The positions (not retracted) and ballots of the actors ($actors, or all), as the rows sides are taken from.</summary>
    private static string SideRows(bool someActors, string? positionWindow = null, string? ballotWindow = null) => $"""
        SELECT actor_id, draft_id, stance, since, id FROM position
        WHERE {(someActors ? "actor_id IN (SELECT value FROM json_each($actors))" : "1")} AND id NOT IN {Schema.Retracted}{positionWindow}
        UNION ALL
        {SqlRules.BallotSides(someActors ? "b.actor_id IN (SELECT value FROM json_each($actors))" : "1")}{ballotWindow}
        """;

    /// <summary>Three result sets: actors, drafts, pairs.</summary>
    public Task<AgreementCounts> GetAgreementsAsync(IReadOnlyCollection<string>? actorIds, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var rows = SideRows(actorIds is not null,
            " AND " + SqlRules.Overlaps("since", "until", "$from", "$to"), " AND " + SqlRules.Overlaps("v.date", null, "$from", "$to"));
        var sql = $"""
            CREATE TEMP TABLE IF NOT EXISTS temp.side(actor_id TEXT NOT NULL, draft_id TEXT NOT NULL, side INTEGER NOT NULL, PRIMARY KEY(draft_id, actor_id)) WITHOUT ROWID;
            DELETE FROM temp.side;
            INSERT INTO temp.side(actor_id, draft_id, side)
            {SqlRules.LatestSides(rows)};
            SELECT DISTINCT actor_id FROM temp.side;
            SELECT DISTINCT draft_id FROM temp.side;
            SELECT a.actor_id, b.actor_id, sum(a.side = b.side), sum(a.side <> b.side)
            FROM temp.side a JOIN temp.side b ON b.draft_id = a.draft_id AND b.actor_id > a.actor_id
            GROUP BY a.actor_id, b.actor_id;
            """;
        return database.ReadAsync(async connection =>
        {
            await using var tx = connection.BeginTransaction(deferred: true); // one snapshot; the temp table is this connection's own
            await using var command = SqliteDatabase.Command(connection, tx, sql, ("$actors", actorIds is null ? null : Json(actorIds)),
                ("$from", DateText(from)), ("$to", DateText(to)));
            List<string> actors, drafts;
            var pairs = new Dictionary<(string A, string B), (int Agree, int Disagree)>();
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                actors = await SqliteDatabase.RowsAsync(reader, r => r.GetString(0), ct);
                await reader.NextResultAsync(ct);
                drafts = await SqliteDatabase.RowsAsync(reader, r => r.GetString(0), ct);
                await reader.NextResultAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    // SQLite orders text by UTF-8 bytes, .NET ordinal by UTF-16 units: put each pair in .NET's order.
                    var (x, y) = (reader.GetString(0), reader.GetString(1));
                    pairs[string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x)] = (reader.GetInt32(2), reader.GetInt32(3));
                }
            }
            await SqliteDatabase.ExecuteAsync(connection, tx, "DELETE FROM temp.side;", ct);
            await tx.CommitAsync(ct);
            return new AgreementCounts(actors.Order(StringComparer.Ordinal).ToList(), drafts.Order(StringComparer.Ordinal).ToList(), pairs);
        }, ct);
    }

    /// <summary>
    /// In one snapshot: position_version (bumped by a trigger on every change to positions and ballots, by any process), then
    /// the sides over all time of the actors <paramref name="missingAt"/> names for that version, each actor's by draft.
    /// </summary>
    public Task<IReadOnlyDictionary<string, Dictionary<string, int>>> AllTimeSidesAsync(
        Func<string?, IReadOnlyCollection<string>> missingAt, CancellationToken ct) => database.ReadAsync(async connection =>
    {
        await using var tx = connection.BeginTransaction(deferred: true);
        var version = await SqliteDatabase.ScalarAsync(connection, tx, $"SELECT value FROM meta WHERE key = '{Schema.PositionVersionKey}';", ct) as string;
        var missing = missingAt(version);
        var sides = new Dictionary<string, Dictionary<string, int>>();
        if (missing.Count > 0)
        {
            await using var command = SqliteDatabase.Command(connection, tx, $"{SqlRules.LatestSides(SideRows(someActors: true))};",
                ("$actors", Json(missing)));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var actor = reader.GetString(0);
                if (!sides.TryGetValue(actor, out var mine)) sides[actor] = mine = [];
                mine[reader.GetString(1)] = reader.GetInt32(2);
            }
        }
        await tx.CommitAsync(ct);
        return (IReadOnlyDictionary<string, Dictionary<string, int>>)sides;
    }, ct);
}
