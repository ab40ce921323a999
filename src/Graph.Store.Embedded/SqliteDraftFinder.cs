using Graph.Core;
using Microsoft.Data.Sqlite;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// Draft queries pushed down: the filter tree (<see cref="DraftWhereSql"/>) and the order in one parameterised statement
/// with its count, and the position counts of a page of drafts in one more. Pinned to <see cref="DraftScan"/> by the store contract.
/// </summary>
internal sealed class SqliteDraftFinder(SqliteDatabase database, KeptPositions positions) : IDraftFinder
{
    public Task<Page<Draft>> QueryDraftsAsync(DraftQuery query, PageRequest page, CancellationToken ct = default)
    {
        var where = new DraftWhereSql();
        var condition = where.Of(query.Where);
        return database.ReadAsync(async connection =>
        {
            // One read transaction: the total and the page from the same snapshot, and the positions kept at its version.
            await using var tx = connection.BeginTransaction(deferred: true);
            if (where.WantsKept && await KeptAsync(connection, tx, ct) is { } kept)
                condition = (where = new DraftWhereSql(kept)).Of(query.Where);
            var (total, items) = SqliteDatabase.CountAndRows(connection, $"SELECT COUNT(*) FROM draft d WHERE {condition};",
                $"SELECT {DraftColumns} FROM draft d WHERE {condition} ORDER BY {OrderBy(query)} LIMIT $first OFFSET $offset;", ReadDraft,
                [.. where.Args, ("$first", Math.Max(0, page.First)), ("$offset", page.Offset)], ct);
            await tx.CommitAsync(ct);
            return new Page<Draft>(items, page.Offset, total);
        }, ct);
    }

    private async Task<KeptPositions.Snapshot?> KeptAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        var version = await SqliteDatabase.ScalarAsync(connection, tx, Schema.PositionVersionQuery, ct) as string;
        return positions.At(version) ?? (positions.ReadInline ? await positions.ReadAsync(connection, tx, ct) : null);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountPositionsAsync(IReadOnlyCollection<string> draftIds, PositionWhere? where,
        CancellationToken ct = default)
    {
        if (draftIds.Count == 0) return new Dictionary<string, int>();
        var sql = new DraftWhereSql();
        var condition = sql.Of(where);
        var rows = await database.QueryAsync($"""
            SELECT d.id, (SELECT COUNT(*) FROM {DraftWhereSql.Positions("d")} p WHERE {condition})
            FROM draft d WHERE d.id IN (SELECT value FROM json_each($ids));
            """, r => (Id: r.GetString(0), Count: r.GetInt32(1)), ct, [.. sql.Args, ("$ids", Json(draftIds))]);
        return rows.ToDictionary(r => r.Id, r => r.Count);
    }

    /// <summary>The keys as SQL: columns from this fixed map only; NULL sorts first, as the definition orders a missing date.</summary>
    private static string OrderBy(DraftQuery query) => string.Join(", ", query.Keys().Select(k => k.Field switch
    {
        DraftOrderField.Tabled => DraftWhereSql.Tabled("d"),
        DraftOrderField.Title => "d.title",
        _ => "d.id",
    } + (k.Descending ? " DESC" : " ASC")));
}
