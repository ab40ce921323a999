using Graph.Core;
using Microsoft.Data.Sqlite;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// Statement queries pushed down: the filter tree (<see cref="StatementWhereSql"/>), the words searched for (tested as
/// <see cref="StatementSearch"/> tests them) and the order in one parameterised statement, and its count in one more only
/// where the page does not already tell it (up to the query's limit, so a page of an unselective filter that needs no
/// total never reads every statement). Pinned to <see cref="StatementScan"/> by the store contract.
/// </summary>
internal sealed class SqliteStatementFinder(SqliteDatabase database, StatementSearch search) : IStatementFinder
{
    public Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default)
    {
        var match = StatementSearch.MatchExpression(query.Search);
        // A search alone, newest first: the search's own walk, which counts in the text index alone.
        if (match is not null && query with { CountLimit = null } == new StatementQuery(Search: query.Search))
            return search.FindAsync(match, page, ct, query.CountLimit);
        var limit = query.CountLimit ?? int.MaxValue;
        return database.ReadAsync(async connection =>
        {
            await using var tx = connection.BeginTransaction(deferred: true); // the page and the count from one snapshot
            var (test, walk) = match is null ? (null, "statement s") : await SearchWayAsync(connection, tx, query, match, page, ct);
            var where = new StatementWhereSql();
            var condition = where.Of(query, test);
            var order = OrderBy(query);
            // One row past the page tells whether another follows.
            var items = connection.Rows($"""
                SELECT {StatementColumns} FROM {StatementFrom}
                WHERE s.seq IN (SELECT s.seq FROM {walk} WHERE {condition} ORDER BY {order} LIMIT $first OFFSET $offset)
                ORDER BY {order};
                """, ReadStatement, [.. where.Args, ("$match", match), ("$first", Math.Max(0, page.First) + 1), ("$offset", page.Offset)], ct);
            // A page that is not full (and not past the end) counts its matches itself; a full one counts only past what the limit needs.
            var total = items.Count <= page.First && (items.Count > 0 || page.Offset == 0) ? page.Offset + items.Count
                : items.Count > page.First && limit <= page.Offset + items.Count ? limit
                : await CountAsync(connection, tx, walk, condition, where.Args, match, limit, ct);
            await tx.CommitAsync(ct);
            total = Math.Min(total, limit);
            // Nothing is listed past the count, as a search alone lists nothing past its own.
            return new Page<Statement>(items.Take(Math.Min(page.First, Math.Max(0, total - page.Offset))).ToList(), page.Offset, total);
        }, ct);
    }

    /// <summary>
    /// How a search with a filter is read: the words' test on each row (<see cref="StatementSearch.Test"/>) and the walk. A
    /// filter that keeps few statements leads, the words tested on its rows alone; many matches are tested row by row, on
    /// the filter's rows or on the newest-first walk (which stops with the page), whichever reads less. Otherwise the matches
    /// are listed once and the cheapest of three leads: the matches, the filter (where the probe, by the filter's own index
    /// up to what the choice needs, counted all it keeps), or the walk, whose length follows from how many the two keep of
    /// all statements.
    /// </summary>
    private async Task<(string Test, string Walk)> SearchWayAsync(SqliteConnection connection, SqliteTransaction tx, StatementQuery query, string match,
        PageRequest page, CancellationToken ct)
    {
        var (matches, statements) = await search.CountAsync(connection, tx, match, ct);
        // The walk reads about (page) * statements / kept * statements / matches rows. Tested row by row, the filter leads
        // only where it keeps no more than that walk divided by a row's test, which bounds how far the probe needs to count.
        double Walk(double kept) => (page.Offset + page.First + 1.0) * statements / Math.Max(1, kept) * statements / Math.Max(1, matches);
        var needed = matches >= search.CountLimit ? (int)Math.Min(int.MaxValue, Math.Ceiling(Math.Sqrt(Walk(1) / StatementSearch.RowTest))) : Math.Min(matches, search.ManyListed);
        var bound = Math.Max(search.FewStatements, needed);
        var probe = new StatementWhereSql();
        var kept = query.Where is null ? int.MaxValue : await CountAsync(connection, tx, "statement s", probe.Of(query, null), probe.Args, null, bound, ct);
        // Only the newest-first order can be walked by the date index; any other sorts what the leading side reads.
        var byDate = query.Keys().SequenceEqual(NewestFirst);
        const string led = "statement s", walked = "statement s INDEXED BY statement_by_date";
        var walk = Walk(kept);
        if (kept < search.FewStatements || (matches >= search.CountLimit && kept < bound && kept * StatementSearch.RowTest <= walk))
            return (StatementSearch.Test("s.seq", rowByRow: true), led);
        if (matches >= search.CountLimit) return (StatementSearch.Test("s.seq", rowByRow: true), byDate ? walked : led);
        if (kept < bound && kept <= matches && kept <= walk) return (StatementSearch.Test("s.seq", rowByRow: false, leads: false), led);
        if (matches <= walk || !byDate) return (StatementSearch.Test("s.seq", rowByRow: false), led);
        return (StatementSearch.Test("s.seq", rowByRow: false, leads: false), walked);
    }

    /// <summary>The order statement_by_date is in: newest first, the id breaking ties.</summary>
    private static readonly IReadOnlyList<StatementOrder> NewestFirst = new StatementQuery().Keys();

    private static async Task<int> CountAsync(SqliteConnection connection, SqliteTransaction tx, string walk,
        string condition, IEnumerable<(string, object?)> args, string? match, int limit, CancellationToken ct) =>
        Convert.ToInt32(await SqliteDatabase.ScalarAsync(connection, tx,
            $"SELECT count(*) FROM (SELECT 1 FROM {walk} WHERE {condition} LIMIT $cap);", ct, [.. args, ("$match", match), ("$cap", limit)]), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The keys as SQL: columns from this fixed map only; NULL sorts first, as the definition orders a missing date.</summary>
    private static string OrderBy(StatementQuery query) => string.Join(", ", query.Keys().Select(k => k.Field switch
    {
        StatementOrderField.Date => EffectiveDate,
        StatementOrderField.ReportedOn => "(SELECT o.date FROM source o WHERE o.id = s.source_id)",
        _ => "s.id",
    } + (k.Descending ? " DESC" : " ASC")));
}
