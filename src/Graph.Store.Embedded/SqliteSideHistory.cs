using Graph.Core;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// Every position (not retracted) and every ballot that takes a side, as <see cref="SideSpan"/>s without their evidence,
/// read with position_version in one snapshot: what <see cref="CachedSideHistory"/> keeps.
/// </summary>
internal sealed class SqliteSideHistory(SqliteDatabase database)
{
    /// <summary>The spans of every actor, or of the actors in $actors (then from their indexes).</summary>
    private static string Spans(bool someActors) =>
        $"SELECT actor_id, draft_id, stance = '{EnumNames.ToName(Stance.Opposes)}', since, until, id FROM " +
        SqlRules.SideFacts(someActors ? "actor_id IN (SELECT value FROM json_each($actors))" : "1",
            someActors ? "b.actor_id IN (SELECT value FROM json_each($actors))" : "1") + ";";

    private static readonly string AllSpans = Spans(someActors: false), SomeSpans = Spans(someActors: true);

    /// <summary>position_version alone: whether what is kept is still the history.</summary>
    public Task<string?> VersionAsync(CancellationToken ct) => database.ReadAsync(async connection =>
        await SqliteDatabase.ScalarAsync(connection, null, Schema.PositionVersionQuery, ct) as string, ct);

    /// <summary>
    /// position_version (bumped by a trigger on every change to positions and ballots, by any process), then the history at
    /// it: of every actor, or only of the actors given.
    /// </summary>
    public Task<(string? Version, List<SideSpan> Spans)> ReadAsync(IReadOnlyCollection<string>? actorIds, CancellationToken ct) =>
        database.ReadAsync(async connection =>
    {
        await using var tx = connection.BeginTransaction(deferred: true);
        var version = await SqliteDatabase.ScalarAsync(connection, tx, Schema.PositionVersionQuery, ct) as string;
        var spans = new List<SideSpan>();
        await using (var command = actorIds is null ? SqliteDatabase.Command(connection, tx, AllSpans)
            : SqliteDatabase.Command(connection, tx, SomeSpans, ("$actors", Json(actorIds))))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            // Ids repeat across rows: one string per actor and draft, not one per row.
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            string Shared(string id) => names.TryGetValue(id, out var kept) ? kept : names[id] = id;
            var row = new ReaderRow(reader);
            while (await reader.ReadAsync(ct))
                spans.Add(new SideSpan(Shared(reader.GetString(0)), Shared(reader.GetString(1)), reader.GetBoolean(2) ? -1 : 1,
                    DateOf(row, 3), DateOf(row, 4), reader.GetString(5)));
        }
        await tx.CommitAsync(ct);
        return (version, spans);
    }, ct);
}
