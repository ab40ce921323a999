using Graph.Core;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// Actor queries pushed down: the filter tree (<see cref="ActorWhereSql"/>) and the order in one parameterised statement with
/// its count; a page of actors' matching positions, or their counts, in one more each. Pinned to <see cref="ActorScan"/> by
/// the store contract.
/// </summary>
internal sealed class SqliteActorFinder(SqliteDatabase database) : IActorFinder
{
    public Task<Page<Actor>> QueryActorsAsync(ActorQuery query, PageRequest page, CancellationToken ct = default)
    {
        var where = new ActorWhereSql();
        var condition = where.Of(query.Where);
        // The filter is the costly part, so it runs once: the page carries the total (a window count over every match), and
        // only a page with no rows asks for the total apart.
        var pageSql = $"SELECT {ActorColumns}, COUNT(*) OVER () FROM actor a WHERE {condition} ORDER BY {OrderBy(query)} LIMIT $first OFFSET $offset;";
        var countSql = $"SELECT COUNT(*) FROM actor a WHERE {condition};";
        return database.ReadAsync(async connection =>
        {
            // One read transaction: the total and the page from the same snapshot.
            await using var tx = connection.BeginTransaction(deferred: true);
            var rows = connection.Rows(pageSql, r => (Actor: ReadActor(r), Total: r.GetInt32(5)),
                [.. where.Sql.Args, ("$first", Math.Max(0, page.First)), ("$offset", page.Offset)], ct);
            var total = rows.Count > 0 ? rows[0].Total
                : page.Offset == 0 && page.First > 0 ? 0 : (int)(long)(await SqliteDatabase.ScalarAsync(connection, tx, countSql, ct, [.. where.Sql.Args]))!;
            await tx.CommitAsync(ct);
            return new Page<Actor>(rows.Select(r => r.Actor).ToList(), page.Offset, total);
        }, ct);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Position>>> FindPositionsAsync(IReadOnlyCollection<string> actorIds,
        PositionWhere? where, CancellationToken ct = default)
    {
        if (actorIds.Count == 0) return new Dictionary<string, IReadOnlyList<Position>>();
        var sql = new DraftWhereSql();
        var condition = sql.Of(where);
        var rows = await database.QueryAsync($"""
            SELECT p.id, p.actor_id, p.draft_id, p.stance, p.since, p.until, {EvidenceOf("p")}
            FROM {PositionsOf("$ids")} p WHERE {condition} ORDER BY p.since, p.id;
            """, r => new Position(r.GetString(0), r.GetString(1), r.GetString(2), EnumNames.Parse<Stance>(r.GetString(3)), DateOf(r, 4), DateOf(r, 5),
                ReadEvidence(r.GetString(6))), ct, [.. sql.Args, ("$ids", Json(actorIds))]);
        return rows.GroupBy(p => p.ActorId).ToDictionary(g => g.Key, g => (IReadOnlyList<Position>)g.ToList());
    }

    public async Task<IReadOnlyDictionary<string, PositionAggregate>> AggregatePositionsAsync(IReadOnlyCollection<string> actorIds,
        PositionWhere? where, CancellationToken ct = default)
    {
        if (actorIds.Count == 0) return new Dictionary<string, PositionAggregate>();
        var sql = new DraftWhereSql();
        var condition = sql.Of(where);
        // Each actor's totals (year -1 marks them: no year is) and its counts per year of since (NULL: undated), in one statement.
        var rows = await database.QueryAsync($"""
            WITH m AS (SELECT p.actor_id, p.draft_id, CAST(substr(p.since, 1, 4) AS INTEGER) AS year FROM {PositionsOf("$ids")} p WHERE {condition})
            SELECT actor_id, -1, COUNT(*), COUNT(DISTINCT draft_id) FROM m GROUP BY actor_id
            UNION ALL SELECT actor_id, year, COUNT(*), COUNT(DISTINCT draft_id) FROM m GROUP BY actor_id, year;
            """, r => (Actor: r.GetString(0), Year: IntOf(r, 1), Count: r.GetInt32(2), Drafts: r.GetInt32(3)), ct, [.. sql.Args, ("$ids", Json(actorIds))]);
        var byActor = rows.ToLookup(r => r.Actor);
        return actorIds.Distinct().ToDictionary(id => id, id => byActor[id].FirstOrDefault(r => r.Year == -1) is { Actor: not null } total
            ? new PositionAggregate(total.Count, total.Drafts,
                byActor[id].Where(r => r.Year != -1).OrderBy(r => r.Year).Select(r => new YearCount(r.Year, r.Count, r.Drafts)).ToList())
            : PositionAggregate.None);
    }

    /// <summary>The positions that count and the ballots as positions of the actors in the JSON array <paramref name="ids"/>, by the actors' indexes.</summary>
    private static string PositionsOf(string ids) =>
        SqlRules.SideFacts($"actor_id IN (SELECT value FROM json_each({ids}))", $"b.actor_id IN (SELECT value FROM json_each({ids}))");

    /// <summary>The keys as SQL: columns from this fixed map only, compared as the definition compares them (by their bytes).</summary>
    private static string OrderBy(ActorQuery query) => string.Join(", ", query.Keys().Select(k => k.Field switch
    {
        ActorOrderField.Name => "a.name",
        ActorOrderField.Kind => "a.kind",
        _ => "a.id",
    } + (k.Descending ? " DESC" : " ASC")));
}
