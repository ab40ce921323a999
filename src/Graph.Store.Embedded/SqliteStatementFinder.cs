using Graph.Core;
using static Graph.Store.Embedded.Rows;

namespace Graph.Store.Embedded;

/// <summary>
/// Statement queries pushed down: the filter tree (<see cref="StatementWhereSql"/>), the words searched for (tested as
/// <see cref="StatementSearch"/> tests them) and the order in one parameterised statement with its count (up to the query's
/// limit, so a page of an unselective filter that needs no total never reads every statement). Pinned to
/// <see cref="StatementScan"/> by the store contract.
/// </summary>
internal sealed class SqliteStatementFinder(SqliteDatabase database, StatementSearch search) : IStatementFinder
{
    public Task<Page<Statement>> QueryStatementsAsync(StatementQuery query, PageRequest page, CancellationToken ct = default)
    {
        var match = StatementSearch.MatchExpression(query.Search);
        // A search alone, newest first: the search's own walk, which counts in the text index alone.
        if (match is not null && query with { CountLimit = null } == new StatementQuery(Search: query.Search)) return search.FindAsync(match, page, ct, query.CountLimit);
        return database.ReadAsync(async connection =>
        {
            await using var tx = connection.BeginTransaction(deferred: true); // the count and the page from one snapshot
            string? test = null;
            if (match is not null)
            {
                // Few matches are listed once; many are tested on the rows the filter reads.
                var (matches, _) = await search.CountAsync(connection, tx, match, ct);
                test = StatementSearch.Test("s.seq", rowByRow: matches >= search.CountLimit);
            }
            var where = new StatementWhereSql();
            var condition = where.Of(query, test);
            var order = OrderBy(query);
            await using var command = SqliteDatabase.Command(connection, tx, $"""
                SELECT count(*) FROM (SELECT 1 FROM statement s WHERE {condition} LIMIT $cap); -- LIMIT -1: every match
                SELECT {StatementColumns} FROM {StatementFrom}
                WHERE s.seq IN (SELECT s.seq FROM statement s WHERE {condition} ORDER BY {order} LIMIT $first OFFSET $offset)
                ORDER BY {order};
                """, [.. where.Args, ("$match", match), ("$cap", query.CountLimit ?? -1), ("$first", Math.Max(0, page.First)), ("$offset", page.Offset)]);
            var (total, items) = await SqliteDatabase.CountAndRowsAsync(command, ReadStatement, ct);
            await tx.CommitAsync(ct);
            // Nothing is listed past the count, as a search alone lists nothing past its own.
            return new Page<Statement>(items.Take(Math.Max(0, total - page.Offset)).ToList(), page.Offset, total);
        }, ct);
    }

    /// <summary>The keys as SQL: columns from this fixed map only; NULL sorts first, as the definition orders a missing date.</summary>
    private static string OrderBy(StatementQuery query) => string.Join(", ", query.Keys().Select(k => k.Field switch
    {
        StatementOrderField.Date => EffectiveDate,
        StatementOrderField.ReportedOn => "(SELECT o.date FROM source o WHERE o.id = s.source_id)",
        _ => "s.id",
    } + (k.Descending ? " DESC" : " ASC")));
}
